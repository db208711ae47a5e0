package org.hum.authorisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A review of an authorisation: use made, tasks given, information obtained (encrypted). Append-only. */
@Entity
@Table(name = "authorisation_review")
public class AuthorisationReview {
    public static final String ENTITY = "authorisation_review";
    public static final String USE_MADE = "use_made";
    public static final String TASKS_GIVEN = "tasks_given";
    public static final String INFORMATION_OBTAINED = "information_obtained";

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "authorisation_id", nullable = false, length = 36)
    private String authorisationId;
    @Column(name = "dek_version", nullable = false)
    private int dekVersion;
    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;
    @Column(name = "reviewed_by", nullable = false, length = 36)
    private String reviewedBy;
    @Column(name = "use_made", nullable = false)
    private byte[] useMade;
    @Column(name = "tasks_given", nullable = false)
    private byte[] tasksGiven;
    @Column(name = "information_obtained", nullable = false)
    private byte[] informationObtained;

    protected AuthorisationReview() {
    }

    public AuthorisationReview(String id, String authorisationId, int dekVersion, Instant reviewedAt, String reviewedBy) {
        this.id = id;
        this.authorisationId = authorisationId;
        this.dekVersion = dekVersion;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
    }

    public void texts(byte[] useMade, byte[] tasksGiven, byte[] informationObtained) {
        this.useMade = useMade;
        this.tasksGiven = tasksGiven;
        this.informationObtained = informationObtained;
    }

    /** A rotation of the source's data key: the texts re-encrypted under {@code version}, unchanged. */
    public void rekeyed(int version, byte[] useMade, byte[] tasksGiven, byte[] informationObtained) {
        this.dekVersion = version;
        texts(useMade, tasksGiven, informationObtained);
    }

    public String id() { return id; }
    public String authorisationId() { return authorisationId; }
    public int dekVersion() { return dekVersion; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewedBy() { return reviewedBy; }
    public byte[] useMade() { return useMade; }
    public byte[] tasksGiven() { return tasksGiven; }
    public byte[] informationObtained() { return informationObtained; }

    @Override
    public String toString() {
        return "AuthorisationReview[id=" + id + ", authorisationId=" + authorisationId + "]";
    }
}
