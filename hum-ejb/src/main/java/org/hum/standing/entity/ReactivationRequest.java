package org.hum.standing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A request to reopen a source closed for cause (append-only). It is pending while no change
 * of status followed it; a senior approver who is not the requester approves it.
 */
@Entity
@Table(name = "source_reactivation_request")
public class ReactivationRequest {
    public static final String ENTITY = "source_reactivation_request";
    public static final String REASON = "reason";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "closure_id", nullable = false, length = 36)
    private String closureId;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] reason;

    protected ReactivationRequest() {
    }

    public ReactivationRequest(String id, String sourceId, Instant requestedAt, String requestedBy, String closureId) {
        this.id = id;
        this.sourceId = sourceId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.closureId = closureId;
    }

    public void protectedReason(int dekVersion, byte[] reason) {
        this.dekVersion = dekVersion;
        this.reason = reason;
    }

    public String id() {
        return id;
    }

    public long seq() {
        return seq == null ? Long.MAX_VALUE : seq;
    }

    public String closureId() {
        return closureId;
    }

    public String sourceId() {
        return sourceId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] reason() {
        return reason;
    }
}
