package org.hum.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One item of a payment through the source to a sub-source (append-only; the description encrypted). */
@Entity
@Table(name = "payment_item")
public class PaymentItem {
    public static final String ENTITY = "payment_item";
    public static final String DESCRIPTION = "description";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "payment_id", nullable = false, length = 36, updatable = false)
    private String paymentId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] description;

    protected PaymentItem() {
    }

    public PaymentItem(String id, String paymentId, int position, BigDecimal amount) {
        this.id = id;
        this.paymentId = paymentId;
        this.position = position;
        this.amount = amount;
    }

    public void protectedDescription(int dekVersion, byte[] description) {
        this.dekVersion = dekVersion;
        this.description = description;
    }

    public String id() { return id; }
    public String paymentId() { return paymentId; }
    public int position() { return position; }
    public BigDecimal amount() { return amount; }
    public int dekVersion() { return dekVersion; }
    public byte[] description() { return description; }
}
