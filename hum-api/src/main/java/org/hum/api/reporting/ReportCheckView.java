package org.hum.api.reporting;

import java.util.List;

/**
 * {@code GET /api/reports/{id}/check}: the identifying-detail check of a version. {@code clear}
 * when nothing was found. A submission or approval whose check finds anything is refused with 422
 * rule {@code report.identifying-detail}, carrying the same findings in the problem's
 * {@code findings} member.
 */
public record ReportCheckView(String reportId, int version, boolean clear, List<ReportFinding> findings) {
}
