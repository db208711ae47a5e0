package org.hum.rules.control;

import java.time.Instant;

/**
 * Fired (synchronously, inside the deactivating transaction) when a source is deactivated.
 * Features that must act at once observe it: every OIA authorisation is revoked (docs/domain.md,
 * "Lifecycle" 8). An observer that fails makes the deactivation fail.
 *
 * @param sourceId  the source
 * @param at        when, by the rule clock
 * @param forCause  closed for cause
 * @param actorId   the user who deactivated it
 */
public record SourceDeactivated(String sourceId, Instant at, boolean forCause, String actorId) {
}
