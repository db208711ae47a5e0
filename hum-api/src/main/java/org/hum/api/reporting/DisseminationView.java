package org.hum.api.reporting;

import java.time.Instant;

/**
 * One row of the dissemination log ({@code GET /api/disseminations}, reviewers; CSV with
 * {@code ?format=csv}). One row per recipient entry of a release: a partner kind (FEDERAL...) or
 * a named partner organisation. The table's global sequence is not shown: its gaps would count the
 * rows of reports the reader may not see (docs/domain.md, "Sanitized reports").
 *
 * @param recipient the partner kind's name or the organisation's name
 * @param tlp       the marking's wire word at the time
 * @param actor     username of who released, read, delivered or recalled
 */
public record DisseminationView(String id, DisseminationAction action, String reportId, String versionId,
                                int version, String recipient, String tlp, String purpose, String actor,
                                Instant at) {
}
