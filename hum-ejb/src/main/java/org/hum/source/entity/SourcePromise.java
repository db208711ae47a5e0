package org.hum.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A promise or benefit made to a source by an agency or prosecutor. Append-only; the
 * description is a FieldCipher envelope bound to this table, its column and the promise id.
 */
@Entity
@Table(name = "source_promise")
public class SourcePromise {
    public static final String ENTITY = "source_promise";
    public static final String DESCRIPTION = "description";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(name = "made_by", nullable = false, length = 200)
    private String madeBy;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "description", nullable = false)
    private byte[] description;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SourcePromise() {
    }

    public SourcePromise(String id, String sourceId, String madeBy, LocalDate madeOn, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.madeBy = madeBy;
        this.madeOn = madeOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Set once when recorded, and again only when the file's data key rotates. */
    public void sealed(byte[] description) {
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String sourceId() {
        return sourceId;
    }

    public String madeBy() {
        return madeBy;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public byte[] description() {
        return description;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
