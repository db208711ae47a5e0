package org.hum.config.control;

import java.time.Instant;

/** Fired when a test stand moves the rule clock: the due lists are recomputed at once. */
public record RuleClockMoved(Instant now) {
}
