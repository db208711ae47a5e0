package org.hum.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The final conclusion of a validation, by a reviewer who is not the handler. Reasons are an envelope. */
@Entity
@Table(name = "validation_conclusion")
public class ValidationConclusion {
    public static final String ENTITY = "validation_conclusion";
    public static final String REASONS = "reasons";

    @Id
    @Column(name = "validation_id", length = 36)
    private String validationId;

    @Column(nullable = false)
    private boolean suitable;

    @Column(nullable = false)
    private byte[] reasons;

    @Column(name = "concluded_by", nullable = false, length = 36)
    private String concludedBy;

    @Column(name = "concluded_at", nullable = false)
    private Instant concludedAt;

    protected ValidationConclusion() {
    }

    public ValidationConclusion(String validationId, boolean suitable, byte[] reasons, String concludedBy, Instant concludedAt) {
        this.validationId = validationId;
        this.suitable = suitable;
        this.reasons = reasons;
        this.concludedBy = concludedBy;
        this.concludedAt = concludedAt;
    }

    /** Re-encrypted under a new version of the file's data key (rotation); the conclusion itself never changes. */
    public void rekeyed(byte[] reasons) {
        this.reasons = reasons;
    }

    public String validationId() { return validationId; }
    public boolean suitable() { return suitable; }
    public byte[] reasons() { return reasons; }
    public String concludedBy() { return concludedBy; }
    public Instant concludedAt() { return concludedAt; }
}
