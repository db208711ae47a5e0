package org.hum.api.contact;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/contact-reports?from=N&size=M}: a page of the source's reports
 * (latest contact first; {@code size} of them, {@value #PAGE} unless asked, at most
 * {@value #MAX_PAGE}, from the {@code from}-th), each with its versions; {@code total} counts every
 * report of the file; the source's risk assessment history, and whether the caller may record.
 */
public record ContactReportsView(String sourceId, String codeName, List<ContactReportView> reports,
                                 List<RiskEntryView> riskAssessment, boolean mayRecord, long total, int from) {
    /** Reports on a page unless {@code size} asks otherwise. */
    public static final int PAGE = 50;
    /** The most reports a page may ask for. */
    public static final int MAX_PAGE = 200;
}
