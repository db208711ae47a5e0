package org.hum.oversight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A sampled file's completed checklist (kept as completed; the note under the file's key). */
@Entity
@Table(name = "sample_checklist")
@IdClass(SampleChecklist.Key.class)
public class SampleChecklist {
    public static final String ENTITY = "sample_checklist";
    public static final String NOTE = "note";

    @Id
    @Column(name = "sample_id", length = 36)
    private String sampleId;

    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    /** ITEM=ANSWER pairs separated by ';', in the checklist's order. */
    @Column(nullable = false, length = 400)
    private String answers;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column
    private byte[] note;

    @Column(name = "completed_by", nullable = false, length = 36)
    private String completedBy;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected SampleChecklist() {
    }

    public SampleChecklist(String sampleId, String sourceId, String answers, int dekVersion, byte[] note,
                           String completedBy, Instant completedAt) {
        this.sampleId = sampleId;
        this.sourceId = sourceId;
        this.answers = answers;
        this.dekVersion = dekVersion;
        this.note = note;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    public void rekeyed(int version, byte[] note) {
        this.dekVersion = version;
        this.note = note;
    }

    /** The row id its note is bound to. */
    public String rowId() {
        return sampleId + "/" + sourceId;
    }

    public String sampleId() {
        return sampleId;
    }

    public String sourceId() {
        return sourceId;
    }

    public String answers() {
        return answers;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] note() {
        return note;
    }

    public String completedBy() {
        return completedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sampleId;
        private String sourceId;

        public Key() {
        }

        public Key(String sampleId, String sourceId) {
            this.sampleId = sampleId;
            this.sourceId = sourceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sampleId, sampleId) && Objects.equals(k.sourceId, sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sampleId, sourceId);
        }
    }
}
