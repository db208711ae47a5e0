/**
 * The partner exchange (docs/architecture.md, "Tiers of the core": a lifecycle feature): what a
 * released report becomes on its way to partner organisations. Only the part below the tearline
 * ever reaches this package.
 */
package org.hum.partner;
