package org.hum.prospect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.access.control.Label;

import java.time.Instant;

/**
 * A person a case officer is in contact with who is not registered yet. Labelled like a
 * source file; the working name is a FieldCipher envelope under the prospect's own data key.
 */
@Entity
@Table(name = "prospect")
public class Prospect {
    public static final String ENTITY = "prospect";
    public static final String WORKING_NAME = "working_name";
    public static final String OPEN = "OPEN";
    public static final String REGISTERED = "REGISTERED";
    public static final String CLOSED = "CLOSED";
    /** Its source file was destroyed by crypto-shredding, and its key with it. */
    public static final String DESTROYED = "DESTROYED";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "working_name", nullable = false)
    private byte[] workingName;

    @Column(name = "compartment_code", nullable = false, length = 32)
    private String compartment;

    @Column(name = "classification_level", nullable = false)
    private int classificationLevel;

    @Column(name = "dek_id", nullable = false, length = 36)
    private String dekId;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "closure_reason", length = 24)
    private String closureReason;

    @Column(name = "closed_by", length = 36)
    private String closedBy;

    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Prospect() {
    }

    public Prospect(String id, String compartment, int classificationLevel, String dekId, int dekVersion,
                    String createdBy, Instant createdAt) {
        this.id = id;
        this.compartment = compartment;
        this.classificationLevel = classificationLevel;
        this.dekId = dekId;
        this.dekVersion = dekVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = OPEN;
    }

    public void sealedName(byte[] envelope) {
        this.workingName = envelope;
    }

    public void registered(String sourceId, Instant when) {
        this.status = REGISTERED;
        this.sourceId = sourceId;
        this.closedAt = when;
    }

    /** Contact ended without registration. */
    public void closed(String reason, String by, Instant when) {
        this.status = CLOSED;
        this.closureReason = reason;
        this.closedBy = by;
        this.closedAt = when;
    }

    public String closureReason() {
        return closureReason;
    }

    public void destroyed() {
        this.status = DESTROYED;
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public Label label() {
        return Label.of(classificationLevel, compartment);
    }

    public String id() {
        return id;
    }

    public byte[] workingName() {
        return workingName;
    }

    public String compartment() {
        return compartment;
    }

    public int classificationLevel() {
        return classificationLevel;
    }

    public String dekId() {
        return dekId;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String status() {
        return status;
    }

    public String sourceId() {
        return sourceId;
    }
}
