package org.hum.standing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A senior approval of contact with a source closed for cause (append-only). */
@Entity
@Table(name = "source_contact_approval")
public class ContactApproval {
    public static final String ENTITY = "source_contact_approval";
    public static final String REASON = "reason";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "approved_by", nullable = false, length = 36)
    private String approvedBy;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "closure_id", nullable = false, length = 36)
    private String closureId;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] reason;

    protected ContactApproval() {
    }

    public ContactApproval(String id, String sourceId, Instant approvedAt, String approvedBy, Instant validUntil,
                           String closureId) {
        this.id = id;
        this.sourceId = sourceId;
        this.approvedAt = approvedAt;
        this.approvedBy = approvedBy;
        this.validUntil = validUntil;
        this.closureId = closureId;
    }

    public byte[] reason() {
        return reason;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public void protectedReason(int dekVersion, byte[] reason) {
        this.dekVersion = dekVersion;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    public String closureId() {
        return closureId;
    }

    public String sourceId() {
        return sourceId;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant validUntil() {
        return validUntil;
    }
}
