/**
 * The development stand: finds or starts a MariaDB, provisions HUM's database and its two
 * accounts, unpacks and configures a Payara Server domain, deploys the EAR, and stops all
 * it started. The run command ({@link org.hum.dev.Launcher}) and the integration tests in
 * {@code hum-it} stand the product up through the same classes, so the tests exercise the
 * set-up a new user gets.
 */
package org.hum.dev;
