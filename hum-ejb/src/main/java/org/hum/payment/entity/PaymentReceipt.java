package org.hum.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The receipt of a payment (one per payment, never replaced; the content encrypted). */
@Entity
@Table(name = "payment_receipt")
public class PaymentReceipt {
    public static final String ENTITY = "payment_receipt";
    public static final String CONTENT = "content";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "payment_id", nullable = false, length = 36, updatable = false)
    private String paymentId;

    @Column(name = "media_type", nullable = false, length = 32, updatable = false)
    private String mediaType;

    @Column(name = "stated_amount", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal statedAmount;

    @Column(nullable = false, updatable = false)
    private LocalDate dated;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] content;

    protected PaymentReceipt() {
    }

    public PaymentReceipt(String id, String paymentId, String mediaType, BigDecimal statedAmount, LocalDate dated,
                          int sizeBytes, String sha256) {
        this.id = id;
        this.paymentId = paymentId;
        this.mediaType = mediaType;
        this.statedAmount = statedAmount;
        this.dated = dated;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public void protectedContent(int dekVersion, byte[] content) {
        this.dekVersion = dekVersion;
        this.content = content;
    }

    public String id() { return id; }
    public String paymentId() { return paymentId; }
    public String mediaType() { return mediaType; }
    public BigDecimal statedAmount() { return statedAmount; }
    public LocalDate dated() { return dated; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public int dekVersion() { return dekVersion; }
    public byte[] content() { return content; }
}
