package org.hum.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A compliance reviewer's mark that a line of the workspace was seen, with a note sealed under the
 * key of the file (or prospect) the line concerns. Kept: a line may be marked again, never unmarked.
 */
@Entity
@Table(name = "workspace_mark")
public class WorkspaceMark {
    public static final String ENTITY = "workspace_mark";
    public static final String NOTE = "note";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "line_key", nullable = false, length = 160)
    private String lineKey;

    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Column(name = "prospect_id", length = 36)
    private String prospectId;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] note;

    @Column(name = "marked_by", nullable = false, length = 36)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected WorkspaceMark() {
    }

    public WorkspaceMark(String id, String lineKey, String sourceId, String prospectId, int dekVersion, byte[] note,
                         String markedBy, Instant markedAt) {
        this.id = id;
        this.lineKey = lineKey;
        this.sourceId = sourceId;
        this.prospectId = prospectId;
        this.dekVersion = dekVersion;
        this.note = note;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    public void rekeyed(int version, byte[] note) {
        this.dekVersion = version;
        this.note = note;
    }

    public String id() { return id; }
    public String lineKey() { return lineKey; }
    public String sourceId() { return sourceId; }
    public String prospectId() { return prospectId; }
    public int dekVersion() { return dekVersion; }
    public byte[] note() { return note; }
    public String markedBy() { return markedBy; }
    public Instant markedAt() { return markedAt; }
}
