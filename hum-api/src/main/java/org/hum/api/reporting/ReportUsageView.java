package org.hum.api.reporting;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/sources/{id}/report-usage} (the file's case officer): which of its contact items
 * went into which report version.
 */
public record ReportUsageView(String sourceId, List<Use> uses) {

    /** One item in one report version. */
    public record Use(String itemId, String contactReportId, String reportId, String versionId, int version,
                      ReportStatus status, String title, String tlp, Instant releasedAt) {
    }
}
