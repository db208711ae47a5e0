package org.hum.api.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a rejection or of a ledger reversal: the reason (stored encrypted under the file's key). */
public record PaymentReason(
        @NotBlank(message = "is required: the reason to record")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String reason) {

    @Override
    public String toString() {
        return "PaymentReason[***]";
    }
}
