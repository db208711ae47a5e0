package org.hum.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A change that brings someone nearer a true identity, requested by one person and applied only
 * when another approves it (docs/domain.md, "Two-person control"). The payload is the requested
 * change as JSON (never a password, never a source's particulars); it does nothing while pending.
 */
@Entity
@Table(name = "two_person_request")
@NamedQuery(name = TwoPersonRequest.PENDING, query = "select r from TwoPersonRequest r where r.status = 'PENDING' "
        + "and r.kind in :kinds order by r.requestedAt")
public class TwoPersonRequest {
    public static final String PENDING = "TwoPersonRequest.pending";

    /** What is asked: the first two are decided by administrators, the next two by controllers, a destruction by an authorising officer. */
    public enum Kind { ACCOUNT_CREATION, ACCOUNT_ELEVATION, IDENTITY_GRANT, ASSIGNMENT, DESTRUCTION }

    public enum Status { PENDING, APPROVED, REFUSED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Column(nullable = false)
    private String payload;

    @Column(name = "requested_by", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 36)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    protected TwoPersonRequest() {
    }

    public TwoPersonRequest(String id, Kind kind, String username, String sourceId, String payload,
                            String requestedBy, Instant requestedAt) {
        this.id = id;
        this.kind = kind.name();
        this.status = Status.PENDING.name();
        this.username = username;
        this.sourceId = sourceId;
        this.payload = payload;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void decide(Status outcome, String by, Instant at, String why) {
        this.status = outcome.name();
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = why;
    }

    public boolean pending() {
        return Status.PENDING.name().equals(status);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String status() {
        return status;
    }

    public String username() {
        return username;
    }

    public String sourceId() {
        return sourceId;
    }

    public String payload() {
        return payload;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
