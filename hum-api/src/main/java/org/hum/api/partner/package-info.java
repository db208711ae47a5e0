/**
 * The partner exchange (docs/domain.md, "The partner exchange"): partner organisations and their
 * certificates, the accounts bound to them, what a partner reads (released report versions and
 * recalls, below the tearline only) and the feed that carries them.
 */
package org.hum.api.partner;
