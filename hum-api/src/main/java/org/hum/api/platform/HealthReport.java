package org.hum.api.platform;

/** {@code GET /api/health}: UP only when the database and the keys are both usable. */
public record HealthReport(String status, String database, String keys) {
}
