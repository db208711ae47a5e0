package org.hum.api.payment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /api/payments/{id}/payment}: the payment made, once fully approved.
 *
 * @param paidOn        the day it was paid (not in the future, not before its last approval)
 * @param witness1      username of the first witnessing officer
 * @param witness2      username of the second, another person
 * @param receipt       the receipt: a PNG, JPEG or PDF, base64 (stored encrypted)
 * @param receiptAmount the exact amount the receipt states: the payment's amount
 * @param receiptDated  the day the receipt is dated: the payment day
 */
public record PaymentRecord(
        @NotNull(message = "is required: the day it was paid (YYYY-MM-DD)")
        LocalDate paidOn,

        @NotBlank(message = "is required: the username of the first witnessing officer")
        @Size(max = 64, message = "must be a username")
        String witness1,

        @NotBlank(message = "is required: the username of the second witnessing officer")
        @Size(max = 64, message = "must be a username")
        String witness2,

        @NotBlank(message = "is required: the receipt, a PNG, JPEG or PDF in base64")
        @Size(max = 4_194_304, message = "is too large: a receipt must be at most 3 MiB (4,194,304 characters of base64)")
        String receipt,

        @NotNull(message = "is required: the exact amount the receipt states")
        @DecimalMin(value = "0.01", message = "must be positive")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal receiptAmount,

        @NotNull(message = "is required: the day the receipt is dated (YYYY-MM-DD)")
        LocalDate receiptDated) {
    /** A receipt at most this large (decoded): its base64 fits the API's 64 KiB body limit with the rest of the record. */
    public static final int RECEIPT_MAX_BYTES = 3 * 1024 * 1024;

    @Override
    public String toString() {
        return "PaymentRecord[paidOn=" + paidOn + ", receiptAmount=" + receiptAmount + "]";
    }
}
