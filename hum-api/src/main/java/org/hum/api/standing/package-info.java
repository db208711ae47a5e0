/**
 * A source's standing (DOMAIN.md, "Lifecycle" 8): deactivation, closure for cause,
 * reactivation and the senior approvals a closure for cause needs.
 */
package org.hum.api.standing;
