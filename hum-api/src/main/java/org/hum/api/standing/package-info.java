/**
 * A source's standing (docs/domain.md, "Lifecycle" 8): deactivation, closure for cause,
 * reactivation and the senior approvals a closure for cause needs.
 */
package org.hum.api.standing;
