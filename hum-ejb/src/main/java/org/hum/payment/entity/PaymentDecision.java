package org.hum.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The decision of one approval step: APPROVED, or REJECTED with a reason (append-only; one per step). */
@Entity
@Table(name = "payment_decision")
public class PaymentDecision {
    public static final String ENTITY = "payment_decision";
    public static final String REASON = "reason";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "payment_id", nullable = false, length = 36, updatable = false)
    private String paymentId;

    @Column(nullable = false, updatable = false)
    private int step;

    @Column(nullable = false, length = 32, updatable = false)
    private String tier;

    @Column(nullable = false, length = 16, updatable = false)
    private String decision;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 36, updatable = false)
    private String decidedBy;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    private byte[] reason;

    protected PaymentDecision() {
    }

    public PaymentDecision(String id, String paymentId, int step, String tier, String decision, Instant decidedAt,
                           String decidedBy, int dekVersion) {
        this.id = id;
        this.paymentId = paymentId;
        this.step = step;
        this.tier = tier;
        this.decision = decision;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.dekVersion = dekVersion;
    }

    public void protectedReason(int dekVersion, byte[] reason) {
        this.dekVersion = dekVersion;
        this.reason = reason;
    }

    public String id() { return id; }
    public String paymentId() { return paymentId; }
    public int step() { return step; }
    public String tier() { return tier; }
    public String decision() { return decision; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public int dekVersion() { return dekVersion; }
    public byte[] reason() { return reason; }
}
