package org.hum.api.reporting;

/**
 * Where a report version stands. DRAFT (its author edits it) → SUBMITTED (awaiting a second
 * person's approval; back to DRAFT if the author edits it) → RELEASED (approved; it may leave) →
 * WITHDRAWN (recalled), or SUPERSEDED when a later version of the same report is released.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RELEASED, WITHDRAWN, SUPERSEDED
}
