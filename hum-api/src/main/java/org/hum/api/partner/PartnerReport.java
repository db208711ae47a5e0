package org.hum.api.partner;

import org.hum.api.reporting.ReleasablePart;

import java.time.Instant;

/**
 * A report version as a partner sees it: below the tearline only, never a file's id or code name.
 *
 * @param recalled     true once the report was withdrawn, or regraded beyond this organisation
 * @param recallReason why, as the reports officer wrote it; null unless recalled
 */
public record PartnerReport(String reportId, String versionId, int version, String title, String tlp,
                            Instant releasedAt, boolean recalled, String recallReason, Instant recalledAt,
                            ReleasablePart releasable) {
}
