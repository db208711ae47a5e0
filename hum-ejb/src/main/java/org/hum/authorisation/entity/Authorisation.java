package org.hum.authorisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.authorisation.AuthorisationKind;
import org.hum.api.authorisation.AuthorisationStatus;

import java.time.Instant;
import org.hum.api.authorisation.AuthorisedActivity;

/**
 * An authorisation of the use of a source: applied for, then granted or refused, reviewed,
 * renewed and cancelled. Free text exists here only as envelopes under the source's data key
 * (version {@link #dekVersion}), bound to this row and column. The term's start and end are
 * computed at grant and renewal ({@code AuthorisationClocks}).
 */
@Entity
@Table(name = "authorisation")
public class Authorisation {
    public static final String ENTITY = "authorisation";
    public static final String NECESSITY = "necessity";
    public static final String PROPORTIONALITY = "proportionality";
    public static final String TASKS = "tasks";
    public static final String COLLATERAL_INTRUSION = "collateral_intrusion";
    public static final String CONFIDENTIAL_INFO = "confidential_info";
    public static final String DECISION_REASON = "decision_reason";
    public static final String CANCEL_REASON = "cancel_reason";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;
    @Column(nullable = false, length = 16)
    private String kind;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(name = "dek_version", nullable = false)
    private int dekVersion;
    @Column(nullable = false)
    private byte[] necessity;
    @Column(nullable = false)
    private byte[] proportionality;
    @Column(nullable = false)
    private byte[] tasks;
    @Column(name = "collateral_intrusion", nullable = false)
    private byte[] collateralIntrusion;
    @Column(name = "confidential_info", nullable = false)
    private byte[] confidentialInfo;
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;
    @Column(name = "applied_by", nullable = false, length = 36)
    private String appliedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 36)
    private String decidedBy;
    @Column(name = "decision_reason")
    private byte[] decisionReason;
    @Column(name = "risks_explained", nullable = false)
    private boolean risksExplained;
    @Column(nullable = false)
    private boolean juvenile;
    @Column(name = "term_started_at")
    private Instant termStartedAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(nullable = false)
    private int renewals;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by", length = 36)
    private String cancelledBy;
    @Column(name = "cancel_reason")
    private byte[] cancelReason;
    /** AuthorisedActivity names beyond the base set, comma-separated; null: the base set only (V021). */
    @Column(length = 400)
    private String activities;

    protected Authorisation() {
    }

    public Authorisation(String id, String sourceId, AuthorisationKind kind, int dekVersion, Instant appliedAt,
                         String appliedBy) {
        this.id = id;
        this.sourceId = sourceId;
        this.kind = kind.name();
        this.status = AuthorisationStatus.APPLIED.name();
        this.dekVersion = dekVersion;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    public void application(byte[] necessity, byte[] proportionality, byte[] tasks, byte[] collateralIntrusion,
                            byte[] confidentialInfo) {
        this.necessity = necessity;
        this.proportionality = proportionality;
        this.tasks = tasks;
        this.collateralIntrusion = collateralIntrusion;
        this.confidentialInfo = confidentialInfo;
    }

    /** What it authorises, as applied for (the base set is always included). */
    public void activities(java.util.Collection<AuthorisedActivity> named) {
        this.activities = named == null || named.isEmpty() ? null
                : AuthorisedActivity.format(
                AuthorisedActivity.withBase(named));
    }

    /** A granted amendment: these activities are authorised from now on, with those already authorised. */
    public void amended(java.util.Collection<AuthorisedActivity> added) {
        var all = activities();
        all.addAll(added);
        this.activities = AuthorisedActivity.format(all);
    }

    /** Every activity it authorises: the base set, the application's, and granted amendments'. */
    public java.util.Set<AuthorisedActivity> activities() {
        return AuthorisedActivity.parse(activities);
    }

    public void granted(Instant at, String by, boolean juvenile, Instant termStart, Instant ends) {
        this.status = AuthorisationStatus.GRANTED.name();
        this.decidedAt = at;
        this.decidedBy = by;
        this.risksExplained = true;
        this.juvenile = juvenile;
        this.termStartedAt = termStart;
        this.endsAt = ends;
    }

    public void refused(Instant at, String by, byte[] reason) {
        this.status = AuthorisationStatus.REFUSED.name();
        this.decidedAt = at;
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    public void renewed(boolean juvenile, Instant termStart, Instant ends) {
        this.juvenile = juvenile;
        this.termStartedAt = termStart;
        this.endsAt = ends;
        this.renewals++;
    }

    public void cancelled(Instant at, String by, byte[] reason) {
        this.status = AuthorisationStatus.CANCELLED.name();
        this.cancelledAt = at;
        this.cancelledBy = by;
        this.cancelReason = reason;
    }

    /**
     * A rotation of the source's data key: every text re-encrypted under {@code version}, what
     * they say unchanged (org.hum.authorisation.control.AuthorisationRekeying).
     */
    public void rekeyed(int version, byte[] necessity, byte[] proportionality, byte[] tasks, byte[] collateralIntrusion,
                        byte[] confidentialInfo, byte[] decisionReason, byte[] cancelReason) {
        this.dekVersion = version;
        this.necessity = necessity;
        this.proportionality = proportionality;
        this.tasks = tasks;
        this.collateralIntrusion = collateralIntrusion;
        this.confidentialInfo = confidentialInfo;
        this.decisionReason = decisionReason;
        this.cancelReason = cancelReason;
    }

    /** Granted, not cancelled, and its end not reached at {@code now}. */
    public boolean inForce(Instant now) {
        return status() == AuthorisationStatus.GRANTED && endsAt != null && now.isBefore(endsAt);
    }

    public String id() { return id; }
    public String sourceId() { return sourceId; }
    public AuthorisationKind kind() { return AuthorisationKind.valueOf(kind); }
    public AuthorisationStatus status() { return AuthorisationStatus.valueOf(status); }
    public int dekVersion() { return dekVersion; }
    public byte[] necessity() { return necessity; }
    public byte[] proportionality() { return proportionality; }
    public byte[] tasks() { return tasks; }
    public byte[] collateralIntrusion() { return collateralIntrusion; }
    public byte[] confidentialInfo() { return confidentialInfo; }
    public Instant appliedAt() { return appliedAt; }
    public String appliedBy() { return appliedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public byte[] decisionReason() { return decisionReason; }
    public boolean risksExplained() { return risksExplained; }
    public boolean juvenile() { return juvenile; }
    public Instant termStartedAt() { return termStartedAt; }
    public Instant endsAt() { return endsAt; }
    public int renewals() { return renewals; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelledBy() { return cancelledBy; }
    public byte[] cancelReason() { return cancelReason; }

    @Override
    public String toString() {
        return "Authorisation[id=" + id + ", sourceId=" + sourceId + ", status=" + status + "]";
    }
}
