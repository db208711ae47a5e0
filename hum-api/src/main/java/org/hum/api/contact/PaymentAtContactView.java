package org.hum.api.contact;

import java.math.BigDecimal;

/** A payment made at the contact (read from the payments ledger; recorded there, not here). */
public record PaymentAtContactView(String id, String contactVersionId, BigDecimal amount, String currency, String kind,
                                   String status) {
}
