package org.hum.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the append-only payments ledger (V020): a PAYMENT, or a REVERSAL of one. Hash-chained
 * per source: {@code prevHash} is the previous entry's {@code entryHash}.
 */
@Entity
@Table(name = "payment_ledger")
public class LedgerEntry {
    public static final String ENTITY = "payment_ledger";
    public static final String REASON = "reason";
    public static final String PAYMENT = "PAYMENT";
    public static final String REVERSAL = "REVERSAL";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36, updatable = false)
    private String sourceId;

    @Column(name = "payment_id", nullable = false, length = 36, updatable = false)
    private String paymentId;

    @Column(name = "entry_kind", nullable = false, length = 16, updatable = false)
    private String entryKind;

    @Column(name = "reverses_id", length = 36, updatable = false)
    private String reversesId;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 16, updatable = false)
    private String kind;

    @Column(name = "case_reference", length = 64, updatable = false)
    private String caseReference;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 36, updatable = false)
    private String recordedBy;

    @Column(name = "witness1_id", length = 36, updatable = false)
    private String witness1Id;

    @Column(name = "witness2_id", length = 36, updatable = false)
    private String witness2Id;

    @Column(name = "receipt_id", length = 36, updatable = false)
    private String receiptId;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    private byte[] reason;

    protected LedgerEntry() {
    }

    public LedgerEntry(String id, String sourceId, String paymentId, String entryKind, String reversesId,
                       BigDecimal amount, String currency, String kind, String caseReference, LocalDate paidOn,
                       Instant recordedAt, String recordedBy, String witness1Id, String witness2Id, String receiptId,
                       int dekVersion) {
        this.id = id;
        this.sourceId = sourceId;
        this.paymentId = paymentId;
        this.entryKind = entryKind;
        this.reversesId = reversesId;
        this.amount = amount;
        this.currency = currency;
        this.kind = kind;
        this.caseReference = caseReference;
        this.paidOn = paidOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.witness1Id = witness1Id;
        this.witness2Id = witness2Id;
        this.receiptId = receiptId;
        this.dekVersion = dekVersion;
    }

    public void chained(String prevHash, String entryHash) {
        this.prevHash = prevHash;
        this.entryHash = entryHash;
    }

    public void protectedReason(int dekVersion, byte[] reason) {
        this.dekVersion = dekVersion;
        this.reason = reason;
    }

    public String id() { return id; }
    public Long seq() { return seq; }
    public String sourceId() { return sourceId; }
    public String paymentId() { return paymentId; }
    public String entryKind() { return entryKind; }
    public String reversesId() { return reversesId; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public String kind() { return kind; }
    public String caseReference() { return caseReference; }
    public LocalDate paidOn() { return paidOn; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String witness1Id() { return witness1Id; }
    public String witness2Id() { return witness2Id; }
    public String receiptId() { return receiptId; }
    public String prevHash() { return prevHash; }
    public String entryHash() { return entryHash; }
    public int dekVersion() { return dekVersion; }
    public byte[] reason() { return reason; }
}
