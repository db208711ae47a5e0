package org.hum.deconfliction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A deconfliction check or registration hit, referred to the controllers of the files involved
 * (docs/domain.md, "Deconfliction (step 2)"): who asked, from which unit, when, and (for a
 * registration) the new file; for a check, its purpose, the officer's prospect it rests on and,
 * once a controller released it, the outcome the officer is told. A check is a referral whether
 * or not anything matched.
 * The matched files are {@link ReferralMatch} rows; the controllers told are
 * {@link ReferralRecipient} rows, fixed when the referral is made.
 */
@Entity
@Table(name = "deconfliction_referral")
public class Referral {
    /** How the hit arose. */
    public enum Origin { CHECK, REGISTRATION }

    /** Open until a controller releases an outcome, then closed. */
    public enum Status { OPEN, CLOSED }

    /** What a controller releases to the officer who checked. */
    public enum Outcome { CLEAR, SPEAK_TO_CONTROLLER }

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

    @Column(length = 16)
    private String purpose;

    @Column(name = "prospect_id", length = 36)
    private String prospectId;

    @Column(length = 24)
    private String outcome;

    @Column(name = "outcome_note", length = 500)
    private String outcomeNote;

    @Column(name = "released_by", length = 36)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected Referral() {
    }

    /** A check's referral: its purpose and the officer's prospect it rests on. */
    public static Referral check(String id, Instant createdAt, String requestedBy, String requestingUnit, String purpose,
                                 String prospectId) {
        Referral r = new Referral(id, createdAt, Origin.CHECK, requestedBy, requestingUnit, null);
        r.purpose = purpose;
        r.prospectId = prospectId;
        return r;
    }

    /** A controller's release: the officer now reads the outcome and note; the referral is closed. */
    public void release(Outcome outcome, String note, String by, Instant when) {
        this.outcome = outcome.name();
        this.outcomeNote = note;
        this.releasedBy = by;
        this.releasedAt = when;
        this.status = Status.CLOSED.name();
    }

    public boolean released() {
        return outcome != null;
    }

    public String purpose() {
        return purpose;
    }

    public String prospectId() {
        return prospectId;
    }

    public String outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
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
