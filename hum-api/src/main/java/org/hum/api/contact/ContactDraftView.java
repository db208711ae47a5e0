package org.hum.api.contact;

import java.time.Instant;
import java.util.List;

/**
 * A draft, as its author saved it. {@code warnings} are the hard stops that would refuse the
 * submission of the draft as it stands (a juvenile's contact without an appropriate adult named),
 * so that the officer learns of them while typing.
 */
public record ContactDraftView(String clientId, String sourceId, String codeName, Instant createdAt, Instant updatedAt,
                               ContactReportRequest report, List<String> warnings) {
}
