package org.hum.api.rules;

import java.time.Instant;

/** The rule clock of a test deployment: what it reads now, and its offset from the system clock (ISO-8601). */
public record RuleClockView(Instant now, String offset) {
}
