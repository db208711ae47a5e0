package org.hum.api.contact;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/contact-reports}: the source's reports (latest contact first),
 * each with its versions, the source's risk assessment history, and whether the caller may record.
 */
public record ContactReportsView(String sourceId, String codeName, List<ContactReportView> reports,
                                 List<RiskEntryView> riskAssessment, boolean mayRecord) {
}
