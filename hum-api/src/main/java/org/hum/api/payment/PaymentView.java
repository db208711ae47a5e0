package org.hum.api.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as its reader may see it.
 *
 * @param rejectionReason why it was rejected (null otherwise)
 * @param paidOn          the day it was paid (null until then)
 * @param witnesses       the two witnessing officers' usernames (empty until paid)
 * @param receipt         the receipt's facts (null until paid); its content is at {@code /api/payments/{id}/receipt}
 * @param ledgerEntryId   its PAYMENT entry in the ledger (null until paid)
 * @param may             what the caller may do with it now
 */
public record PaymentView(String id, String sourceId, BigDecimal amount, String currency, PaymentKind kind,
                          PaymentStatus status, String purpose, String contactReportId, String taskingId,
                          String caseReference, Contingency contingentOn, Boolean withinDutyToReport,
                          Instant requestedAt, String requestedBy, BigDecimal yearExposure,
                          BigDecimal lifetimeExposure, List<ApprovalStepView> steps, List<SubSourceItemView> subSourceItems,
                          String rejectionReason, LocalDate paidOn, List<String> witnesses, ReceiptView receipt,
                          String ledgerEntryId, Permissions may) {

    public record ReceiptView(String mediaType, int sizeBytes, BigDecimal statedAmount, LocalDate dated, String sha256) {
    }

    /** @param readReceipt whether the caller may download the receipt: it needs the true-identity grant on the file */
    public record Permissions(boolean approve, boolean reject, boolean pay, boolean readReceipt) {
    }
}
