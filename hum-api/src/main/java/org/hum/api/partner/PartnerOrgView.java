package org.hum.api.partner;

import org.hum.api.reporting.PartnerKind;

import java.time.Instant;
import java.util.List;

/**
 * A partner organisation as administrators see it.
 *
 * @param collectionId      its TAXII collection's id
 * @param certificateSha256 the SHA-256 of its certificate (hex), or null while none is uploaded
 */
public record PartnerOrgView(String id, String name, PartnerKind kind, String jurisdiction, List<String> ports,
                             String contact, String collectionId, String certificateSubject, String certificateSha256,
                             Instant certificateNotAfter, String pushUrl, boolean active, List<PartnerAccountView> accounts) {
}
