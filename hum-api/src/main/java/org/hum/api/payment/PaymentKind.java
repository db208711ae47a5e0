package org.hum.api.payment;

/** What a payment is for. */
public enum PaymentKind {
    REWARD, EXPENSES, SUBSISTENCE, RELOCATION, OTHER_BENEFIT
}
