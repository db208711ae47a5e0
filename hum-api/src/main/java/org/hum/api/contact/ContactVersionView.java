package org.hum.api.contact;

import java.time.Instant;
import java.util.List;

/**
 * One submitted version of a contact report (immutable). {@code id} is the version's own id (what a
 * payment made at the contact refers to); {@code correctionReason} is null for the first version.
 */
public record ContactVersionView(String id, int version, Instant occurredAt, ContactMethod method, String place,
                                 int durationMinutes, String narrative, List<PresentView> present,
                                 List<IntelligenceItemView> items, boolean welfareConcern, String welfareText,
                                 boolean securityConcern, String securityText, Instant nextContactAt,
                                 String recordedBy, Instant recordedAt, String correctionReason) {
}
