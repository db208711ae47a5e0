package org.hum.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A dissent recorded beside a conclusion; it never changes the conclusion. Reasons are an envelope. */
@Entity
@Table(name = "validation_dissent")
public class ValidationDissent {
    public static final String ENTITY = "validation_dissent";
    public static final String REASONS = "reasons";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "validation_id", nullable = false, length = 36)
    private String validationId;

    @Column(name = "dissent_by", nullable = false, length = 36)
    private String dissentBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private byte[] reasons;

    protected ValidationDissent() {
    }

    public ValidationDissent(String id, String validationId, String dissentBy, Instant recordedAt) {
        this.id = id;
        this.validationId = validationId;
        this.dissentBy = dissentBy;
        this.recordedAt = recordedAt;
    }

    public void protectedReasons(byte[] reasons) {
        this.reasons = reasons;
    }

    public String id() { return id; }
    public String validationId() { return validationId; }
    public String dissentBy() { return dissentBy; }
    public Instant recordedAt() { return recordedAt; }
    public byte[] reasons() { return reasons; }
}
