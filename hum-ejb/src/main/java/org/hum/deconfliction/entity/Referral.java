package org.hum.deconfliction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A deconfliction hit, referred to the controllers of the files involved (docs/domain.md,
 * "Lifecycle" 2): who asked, from which unit, when, and (for a registration) the new file.
 * The matched files are {@link ReferralMatch} rows; the controllers told are
 * {@link ReferralRecipient} rows, fixed when the referral is made.
 */
@Entity
@Table(name = "deconfliction_referral")
public class Referral {
    /** How the hit arose. */
    public enum Origin { CHECK, REGISTRATION }

    /** Open until a controller deals with it (closing is not built yet). */
    public enum Status { OPEN, CLOSED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 16)
    private String origin;

    @Column(name = "requested_by", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "requesting_unit", nullable = false, length = 64)
    private String requestingUnit;

    @Column(name = "new_source_id", length = 36)
    private String newSourceId;

    @Column(nullable = false, length = 16)
    private String status;

    protected Referral() {
    }

    public Referral(String id, Instant createdAt, Origin origin, String requestedBy, String requestingUnit,
                    String newSourceId) {
        this.id = id;
        this.createdAt = createdAt;
        this.origin = origin.name();
        this.requestedBy = requestedBy;
        this.requestingUnit = requestingUnit;
        this.newSourceId = newSourceId;
        this.status = Status.OPEN.name();
    }

    public String id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String origin() {
        return origin;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestingUnit() {
        return requestingUnit;
    }

    public String newSourceId() {
        return newSourceId;
    }

    public String status() {
        return status;
    }
}
