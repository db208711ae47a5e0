package org.hum.api.reporting;

import java.time.Instant;

/** A contact item a report rests on (restricted part, and the available items). */
public record ReportItemView(String itemId, String contactReportId, String sourceId, Instant occurredAt,
                             String credibility, String handling, String text) {
}
