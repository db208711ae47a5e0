package org.hum.reporting.control;

import java.time.Instant;

/**
 * Fired inside the transaction that withdraws a report ({@code regradedTo} null) or releases a
 * version regraded from the earlier ones ({@code regradedTo} the new version's id): every
 * organisation that received a version it no longer may keep is to be told.
 */
public record ReportRecalled(String reportId, String reason, String regradedTo, String actorId, Instant at) {
}
