/**
 * A source's standing (docs/domain.md, "Lifecycle" 8):
 * deactivation and closure for cause, reactivation (after a closure for cause only on a
 * senior approver's approval of another person's request), and senior approval of contact
 * with a source closed for cause. Implements {@link org.hum.rules.control.SourceStanding}.
 */
package org.hum.standing;
