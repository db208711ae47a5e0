package org.hum.reporting.control;

import org.hum.access.control.Label;
import org.hum.api.reporting.ReportStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One stored report version as read: plain columns, and the texts still sealed. */
public record VersionRow(String id, String reportId, int version, ReportStatus status, int level, Set<String> compartments,
                         String tlp, List<String> releasableTo, List<String> ports, String concerning,
                         String sourceDescriptionId, String purpose, String authorId, Instant createdAt, Instant updatedAt,
                         Instant submittedAt, String approvedBy, Instant releasedAt, Instant withdrawnAt,
                         String keySourceId, int dekVersion, byte[] title, byte[] notes, byte[] releasableText,
                         byte[] subject, byte[] area) {

    public static final String ENTITY = "report_version";
    public static final String TITLE = "title";
    public static final String NOTES = "notes";
    public static final String RELEASABLE_TEXT = "releasable_text";
    public static final String SUBJECT = "subject";
    public static final String AREA = "area";

    public Label label() {
        return new Label(level, compartments);
    }

    @Override
    public String toString() {
        return "VersionRow[" + id + " v" + version + " " + status + "]";
    }
}
