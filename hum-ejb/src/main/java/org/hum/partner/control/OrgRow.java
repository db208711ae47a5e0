package org.hum.partner.control;

import org.hum.api.reporting.PartnerKind;

import java.time.Instant;
import java.util.List;

/** One stored partner organisation. */
public record OrgRow(String id, String name, PartnerKind kind, String jurisdiction, List<String> ports, String contact,
                     String collectionId, byte[] certificate, String certSha256, Instant certNotAfter, String pushUrl,
                     boolean active, Instant createdAt) {
}
