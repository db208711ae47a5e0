package org.hum.oversight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.oversight.ErrorKind;

import java.time.Instant;
import java.time.LocalDate;

/** A relevant error in the register: recorded once, then reported, then closed (never deleted). */
@Entity
@Table(name = "relevant_error")
public class RelevantError {
    public static final String ENTITY = "relevant_error";
    public static final String DESCRIPTION = "description";
    public static final String CLOSING_NOTE = "closing_note";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ErrorKind kind;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "found_by", nullable = false, length = 36)
    private String foundBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] description;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "reported_by", length = 36)
    private String reportedBy;

    @Column(name = "report_reference", length = 100)
    private String reportReference;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 36)
    private String closedBy;

    @Column(name = "closing_note")
    private byte[] closingNote;

    protected RelevantError() {
    }

    public RelevantError(String id, String sourceId, ErrorKind kind, LocalDate foundOn, String foundBy, Instant recordedAt,
                         int dekVersion, byte[] description) {
        this.id = id;
        this.sourceId = sourceId;
        this.kind = kind;
        this.foundOn = foundOn;
        this.foundBy = foundBy;
        this.recordedAt = recordedAt;
        this.dekVersion = dekVersion;
        this.description = description;
    }

    public void reported(LocalDate on, String by, String reference) {
        this.reportedOn = on;
        this.reportedBy = by;
        this.reportReference = reference;
    }

    public void closed(Instant at, String by, byte[] note) {
        this.closedAt = at;
        this.closedBy = by;
        this.closingNote = note;
    }

    /** The texts sealed again under the file's new key version. */
    public void rekeyed(int version, byte[] description, byte[] closingNote) {
        this.dekVersion = version;
        this.description = description;
        this.closingNote = closingNote;
    }

    public String id() {
        return id;
    }

    public String sourceId() {
        return sourceId;
    }

    public ErrorKind kind() {
        return kind;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public String foundBy() {
        return foundBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] description() {
        return description;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public String reportReference() {
        return reportReference;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public byte[] closingNote() {
        return closingNote;
    }

    public boolean isReported() {
        return reportedOn != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }
}
