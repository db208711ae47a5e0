package org.hum.api.reporting;

/** The rule ids a report's refusals carry (docs/domain.md, "Sanitized reports"). */
public final class ReportRules {
    /** 422: the title, releasable part, purpose or a withdrawal's reason holds an identifying detail (with {@code findings}). */
    public static final String IDENTIFYING_DETAIL = "report.identifying-detail";
    /** 409: the author approves their own report. */
    public static final String INDEPENDENT_APPROVER = "report.independent-approver";
    /** 409: the step is not possible from the version's status. */
    public static final String STATE = "report.state";
    /** 422: no approved source description, or one that does not fit a source drawn on. */
    public static final String SOURCE_DESCRIPTION = "report.source-description";
    /** 422: a TLP:RED report without named recipients, or with partner kinds; or no recipient at all. */
    public static final String RECIPIENTS = "report.recipients";
    /** 422: a version submitted or approved without its purpose of release. */
    public static final String PURPOSE = "report.purpose";
    /** 409: the term is already on the watch list. */
    public static final String WATCH_TERM_DUPLICATE = "watch-term.duplicate";

    private ReportRules() {
    }
}
