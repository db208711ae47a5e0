package org.hum.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the payments ledger: PAYMENT (positive) or REVERSAL (negative, with a reason).
 *
 * @param position   the entry's place in its source's ledger, 1 for the oldest (docs/domain.md, "Payments and
 *                   benefits"): counted within the file only, so that it says nothing of other files' payments
 * @param reversedBy the id of the entry that reverses this one, if any
 * @param prevHash   the hash of the previous entry of the same source (64 zeros for the first)
 * @param entryHash  this entry's hash over its canonical form
 */
public record LedgerEntryView(String id, long position, String sourceId, String paymentId, String entryKind,
                              String reversesId, String reversedBy, BigDecimal amount, String currency,
                              PaymentKind kind, String caseReference, LocalDate paidOn, Instant recordedAt,
                              String recordedBy, String witness1, String witness2, String reason,
                              String prevHash, String entryHash) {
}
