package org.hum.api.rules;

import java.time.Instant;

/**
 * One change of the deployment's rule profile: who, when, what kind (INITIALISED at first
 * start, CHANGED, RESET to the shipped figures), and the figures before and after.
 */
public record RuleProfileChangeView(long id, Instant at, String by, String action, RuleProfileSettings before,
                                    RuleProfileSettings after) {
}
