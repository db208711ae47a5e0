package org.hum.tasking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.tasking.Priority;
import org.hum.api.tasking.TaskingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A tasking of a source against an intelligence requirement (docs/domain.md, "Tasking"). The limits,
 * the risk assessment and a cancellation's reason exist only as envelopes under the source's
 * data key (version {@link #dekVersion}), bound to this row and column. The state changes only
 * through {@code TaskingTransitions}.
 */
@Entity
@Table(name = "tasking")
public class Tasking {
    public static final String ENTITY = "tasking";
    public static final String LIMITS = "limits";
    public static final String RISK = "risk_assessment";
    public static final String CANCEL_REASON = "cancel_reason";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;
    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;
    @Column(nullable = false, length = 32)
    private String reference;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(name = "requirement_id", nullable = false, length = 36)
    private String requirementId;
    @Column(nullable = false, length = 16)
    private String priority;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(nullable = false, length = 400)
    private String activities;
    @Column(name = "dek_version", nullable = false)
    private int dekVersion;
    @Column(nullable = false)
    private byte[] limits;
    @Column(name = "risk_assessment", nullable = false)
    private byte[] riskAssessment;
    @Column(name = "cancel_reason")
    private byte[] cancelReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "issued_by", length = 36)
    private String issuedBy;
    @Column(name = "authorisation_id", length = 36)
    private String authorisationId;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "ended_by", length = 36)
    private String endedBy;
    /** The port of entry it is about (a code of the reference list), or null. */
    @Column(name = "port_code", length = 32)
    private String port;

    protected Tasking() {
    }

    public Tasking(String id, String sourceId, String reference, String requirementId, Priority priority,
                   LocalDate dueOn, Collection<AuthorisedActivity> activities, int dekVersion, Instant createdAt,
                   String createdBy) {
        this.id = id;
        this.sourceId = sourceId;
        this.reference = reference;
        this.status = TaskingStatus.DRAFT.name();
        this.requirementId = requirementId;
        this.priority = priority.name();
        this.dueOn = dueOn;
        this.activities = AuthorisedActivity.format(activities);
        this.dekVersion = dekVersion;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void texts(byte[] limits, byte[] riskAssessment) {
        this.limits = limits;
        this.riskAssessment = riskAssessment;
    }

    public void issued(Instant at, String by, String authorisationId) {
        this.status = TaskingStatus.ISSUED.name();
        this.issuedAt = at;
        this.issuedBy = by;
        this.authorisationId = authorisationId;
    }

    public void acknowledged(Instant at) {
        this.status = TaskingStatus.ACKNOWLEDGED.name();
        this.acknowledgedAt = at;
    }

    public void started(Instant at) {
        this.status = TaskingStatus.IN_PROGRESS.name();
        this.startedAt = at;
    }

    /** FULFILLED, CANCELLED or EXPIRED; {@code by} is null for an expiry (the system's). */
    public void ended(TaskingStatus end, Instant at, String by, byte[] reason) {
        this.status = end.name();
        this.endedAt = at;
        this.endedBy = by;
        this.cancelReason = reason;
    }

    public void rekeyed(int version, byte[] limits, byte[] riskAssessment, byte[] cancelReason) {
        this.dekVersion = version;
        this.limits = limits;
        this.riskAssessment = riskAssessment;
        this.cancelReason = cancelReason;
    }

    public String id() { return id; }
    public Long seq() { return seq; }
    public String sourceId() { return sourceId; }
    public String reference() { return reference; }
    public TaskingStatus status() { return TaskingStatus.valueOf(status); }
    public String requirementId() { return requirementId; }
    public String port() { return port; }

    /** Names the port of entry it is about (at creation). */
    public void about(String portCode) {
        this.port = portCode;
    }
    public Priority priority() { return Priority.valueOf(priority); }
    public LocalDate dueOn() { return dueOn; }
    public int dekVersion() { return dekVersion; }
    public byte[] limits() { return limits; }
    public byte[] riskAssessment() { return riskAssessment; }
    public byte[] cancelReason() { return cancelReason; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant issuedAt() { return issuedAt; }
    public String issuedBy() { return issuedBy; }
    public String authorisationId() { return authorisationId; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }

    /** Exactly the activities it asks for. */
    public Set<AuthorisedActivity> activities() {
        EnumSet<AuthorisedActivity> named = EnumSet.noneOf(AuthorisedActivity.class);
        for (String s : activities.split(",")) {
            if (!s.isBlank()) {
                named.add(AuthorisedActivity.valueOf(s.strip()));
            }
        }
        return named;
    }

    @Override
    public String toString() {
        return "Tasking[id=" + id + ", reference=" + reference + ", status=" + status + "]";
    }
}
