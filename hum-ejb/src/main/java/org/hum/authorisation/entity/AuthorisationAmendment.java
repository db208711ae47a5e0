package org.hum.authorisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.authorisation.AuthorisedActivity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An amendment adding activities to an authorisation in force (docs/domain.md, "Tasking"): APPLIED by a case
 * officer or controller, GRANTED by an authorising officer who is not the applicant. The reason
 * is an envelope under the source's data key (version {@link #dekVersion}).
 */
@Entity
@Table(name = "authorisation_amendment")
public class AuthorisationAmendment {
    public static final String ENTITY = "authorisation_amendment";
    public static final String REASON = "reason";
    public static final String APPLIED = "APPLIED";
    public static final String GRANTED = "GRANTED";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "authorisation_id", nullable = false, length = 36)
    private String authorisationId;
    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;
    @Column(nullable = false, length = 400)
    private String activities;
    @Column(name = "dek_version", nullable = false)
    private int dekVersion;
    @Column(nullable = false)
    private byte[] reason;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;
    @Column(name = "applied_by", nullable = false, length = 36)
    private String appliedBy;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "granted_by", length = 36)
    private String grantedBy;

    protected AuthorisationAmendment() {
    }

    public AuthorisationAmendment(String id, String authorisationId, String sourceId, Set<AuthorisedActivity> activities,
                                  int dekVersion, byte[] reason, Instant appliedAt, String appliedBy) {
        this.id = id;
        this.authorisationId = authorisationId;
        this.sourceId = sourceId;
        this.activities = AuthorisedActivity.format(activities);
        this.dekVersion = dekVersion;
        this.reason = reason;
        this.status = APPLIED;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    public void granted(Instant at, String by) {
        this.status = GRANTED;
        this.grantedAt = at;
        this.grantedBy = by;
    }

    public void rekeyed(int version, byte[] reason) {
        this.dekVersion = version;
        this.reason = reason;
    }

    public String id() { return id; }
    public String authorisationId() { return authorisationId; }
    public String sourceId() { return sourceId; }
    public int dekVersion() { return dekVersion; }
    public byte[] reason() { return reason; }
    public String status() { return status; }
    public Instant appliedAt() { return appliedAt; }
    public String appliedBy() { return appliedBy; }
    public Instant grantedAt() { return grantedAt; }
    public String grantedBy() { return grantedBy; }

    /** The activities it adds (exactly those named, without the base set). */
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
        return "AuthorisationAmendment[id=" + id + ", authorisationId=" + authorisationId + ", status=" + status + "]";
    }
}
