package org.hum.authorisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An otherwise-illegal-activity authorisation: the conduct (encrypted), its days, the source's
 * acknowledgment before a witness, and its end: CANCELLED by an authorising officer or
 * REVOKED when the source was deactivated.
 */
@Entity
@Table(name = "oia_authorisation")
public class OiaAuthorisation {
    public static final String ENTITY = "oia_authorisation";
    public static final String CONDUCT = "conduct";
    public static final String END_REASON = "end_reason";
    public static final String GRANTED = "GRANTED";
    public static final String CANCELLED = "CANCELLED";
    public static final String REVOKED = "REVOKED";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(name = "dek_version", nullable = false)
    private int dekVersion;
    @Column(nullable = false)
    private byte[] conduct;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;
    @Column(name = "granted_by", nullable = false, length = 36)
    private String grantedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "ack_recorded_by", length = 36)
    private String ackRecordedBy;
    @Column(name = "ack_witness", length = 36)
    private String ackWitness;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "ended_by", length = 36)
    private String endedBy;
    @Column(name = "end_reason")
    private byte[] endReason;

    protected OiaAuthorisation() {
    }

    public OiaAuthorisation(String id, String sourceId, int dekVersion, LocalDate startsOn, LocalDate endsOn,
                            Instant grantedAt, String grantedBy) {
        this.id = id;
        this.sourceId = sourceId;
        this.status = GRANTED;
        this.dekVersion = dekVersion;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public void conduct(byte[] conduct) {
        this.conduct = conduct;
    }

    public void acknowledged(Instant at, String recordedBy, String witness) {
        this.acknowledgedAt = at;
        this.ackRecordedBy = recordedBy;
        this.ackWitness = witness;
    }

    public void ended(String status, Instant at, String by, byte[] reason) {
        this.status = status;
        this.endedAt = at;
        this.endedBy = by;
        this.endReason = reason;
    }

    /** A rotation of the source's data key: the texts re-encrypted under {@code version}, unchanged. */
    public void rekeyed(int version, byte[] conduct, byte[] endReason) {
        this.dekVersion = version;
        this.conduct = conduct;
        this.endReason = endReason;
    }

    /** Granted, not ended, and {@code today} within its days. */
    public boolean inForce(LocalDate today) {
        return GRANTED.equals(status) && !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    public String id() { return id; }
    public String sourceId() { return sourceId; }
    public String status() { return status; }
    public int dekVersion() { return dekVersion; }
    public byte[] conduct() { return conduct; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public Instant grantedAt() { return grantedAt; }
    public String grantedBy() { return grantedBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String ackRecordedBy() { return ackRecordedBy; }
    public String ackWitness() { return ackWitness; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }
    public byte[] endReason() { return endReason; }

    @Override
    public String toString() {
        return "OiaAuthorisation[id=" + id + ", sourceId=" + sourceId + ", status=" + status + "]";
    }
}
