package org.hum.api.reporting;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/reports/{id}}: one version of a report.
 *
 * @param id           this version's id
 * @param reportId     the report's id (the first version's id); the same for every version
 * @param level        the label's level: the highest of the files drawn on
 * @param compartments the label's compartments: the union of the files drawn on
 * @param tlp          the marking's wire word (AMBER+STRICT...)
 * @param restricted   above the tearline; null unless the caller may see it
 * @param author       username of the author; approvedBy the approver's (null until released)
 */
public record ReportView(String id, String reportId, int version, ReportStatus status, String title,
                         String level, List<String> compartments, String tlp, List<PartnerKind> releasableTo,
                         List<String> recipients, String purpose, ReleasablePart releasable,
                         RestrictedPart restricted, String author, Instant createdAt, Instant submittedAt,
                         String approvedBy, Instant releasedAt, Instant withdrawnAt) {
}
