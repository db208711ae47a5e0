package org.hum.api.reporting;

import java.time.Instant;

/** One line of {@code GET /api/reports?status=}: the latest version of a report the caller may see. */
public record ReportSummary(String id, String reportId, int version, ReportStatus status, String title, String tlp,
                            String level, String author, Instant updatedAt) {
}
