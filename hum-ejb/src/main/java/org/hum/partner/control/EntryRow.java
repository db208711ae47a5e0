package org.hum.partner.control;

import java.time.Instant;

/**
 * One entry of an organisation's collection: a released version, or the recall of one.
 * {@code dateAdded} is unique across all collections and strictly increasing in commit order.
 */
public record EntryRow(long id, String orgId, String reportId, String versionId, int version, Kind kind,
                       Instant dateAdded, String reason) {

    public enum Kind { RELEASE, RECALL }

    /** The feed's cursor for this entry. */
    public String cursor() {
        return "e" + id;
    }
}
