package org.hum.api.rules;

import java.time.Instant;

/** {@code PUT /api/admin/rule-clock}: the instant the rule clock should read from now on. */
public record ClockSetting(Instant now) {
}
