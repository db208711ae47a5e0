/**
 * JMH benchmarks of HUM's crypto core ({@code org.hum.crypto.control}): what one protected
 * field, one key wrap, one login and one blind index cost. Run them from
 * {@code target/benchmarks.jar}; README.md, "Benchmarks", gives the commands.
 *
 * <p>All inputs are synthetic and random; no benchmark reads or prints real data.
 */
package org.hum.bench;
