package org.hum.standing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.source.SourceStatus;

import java.time.Instant;

/** One change of a source's status (append-only). Reasons are envelopes under the file's key. */
@Entity
@Table(name = "source_status_change")
public class SourceStatusChange {
    public static final String ENTITY = "source_status_change";
    public static final String REASON = "reason";
    public static final String DELAY_REASON = "delay_reason";

    @Id
    @Column(length = 36)
    private String id;

    /** Assigned by the database: the order rows were recorded in. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(nullable = false, length = 24)
    private String status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 36)
    private String changedBy;

    @Column(name = "for_cause", nullable = false)
    private boolean forCause;

    @Column(name = "source_told")
    private Boolean sourceTold;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] reason;

    @Column(name = "delay_reason")
    private byte[] delayReason;

    @Column(name = "requested_by", length = 36)
    private String requestedBy;

    protected SourceStatusChange() {
    }

    public SourceStatusChange(String id, String sourceId, SourceStatus status, Instant changedAt, String changedBy,
                        boolean forCause, Boolean sourceTold, String requestedBy) {
        this.id = id;
        this.sourceId = sourceId;
        this.status = status.name();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.forCause = forCause;
        this.sourceTold = sourceTold;
        this.requestedBy = requestedBy;
    }

    public void protectedReasons(int dekVersion, byte[] reason, byte[] delayReason) {
        this.dekVersion = dekVersion;
        this.reason = reason;
        this.delayReason = delayReason;
    }

    public String id() {
        return id;
    }

    public long seq() {
        return seq == null ? Long.MAX_VALUE : seq;
    }

    public String sourceId() {
        return sourceId;
    }

    public SourceStatus status() {
        return SourceStatus.valueOf(status);
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public boolean forCause() {
        return forCause;
    }

    public Boolean sourceTold() {
        return sourceTold;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] reason() {
        return reason;
    }

    public byte[] delayReason() {
        return delayReason;
    }

    public String requestedBy() {
        return requestedBy;
    }
}
