package org.hum.api.payment;

/** A payment's state: requested, approved (every step), rejected, paid (in the ledger), reversed (a reversing entry). */
public enum PaymentStatus {
    REQUESTED, APPROVED, REJECTED, PAID, REVERSED
}
