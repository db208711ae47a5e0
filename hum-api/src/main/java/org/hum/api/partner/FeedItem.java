package org.hum.api.partner;

import java.time.Instant;

/**
 * One entry of {@code GET /api/partner/feed}: a release (with the report) or a recall.
 *
 * @param kind   RELEASE or RECALL
 * @param cursor pass it as {@code after} to read what came after this entry
 */
public record FeedItem(String kind, String cursor, Instant at, String reportId, int version, String reason,
                       PartnerReport report) {
}
