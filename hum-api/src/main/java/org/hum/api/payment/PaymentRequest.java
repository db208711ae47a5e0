package org.hum.api.payment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/sources/{id}/payments}: a payment request. The server computes the approval
 * steps it needs from the rule profile and the source's exposure.
 *
 * @param amount             positive, at most 2 decimals
 * @param currency           the rule profile's currency (ISO 4217)
 * @param kind               REWARD, EXPENSES, SUBSISTENCE, RELOCATION, OTHER_BENEFIT
 * @param purpose            what it is for (stored encrypted)
 * @param contactReportId    the submitted contact report of this source it rests on
 * @param taskingId          the tasking of this source it rests on (one of the two at least)
 * @param caseReference      an investigation case number (not identifying): the ledger totals per case
 * @param contingentOn       NONE; a payment contingent on a CONVICTION or a SEIZURE is refused
 * @param withinDutyToReport for a REWARD to a source with a duty to report: whether the information
 *                           is what they must report anyway (then it is refused)
 * @param subSourceItems     when paid through the source to a sub-source: the items, adding up to the amount
 */
public record PaymentRequest(
        @NotNull(message = "is required: the amount, such as 150.00")
        @DecimalMin(value = "0.01", message = "must be positive (at least 0.01)")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals and 12 digits before the point")
        BigDecimal amount,

        @NotBlank(message = "is required: the currency of the rule profile, such as USD")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency,

        @NotNull(message = "is required: REWARD, EXPENSES, SUBSISTENCE, RELOCATION or OTHER_BENEFIT")
        PaymentKind kind,

        @NotBlank(message = "is required: what the payment is for")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String purpose,

        @Size(max = 64, message = "must be a contact report id")
        String contactReportId,

        @Size(max = 64, message = "must be a tasking id")
        String taskingId,

        @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./-]*", message = "must be a case number: letters, digits, '.', '/' and '-'")
        String caseReference,

        @NotNull(message = "is required: NONE (a payment contingent on a CONVICTION or a SEIZURE is refused)")
        Contingency contingentOn,

        Boolean withinDutyToReport,

        @Size(max = 50, message = "must have at most 50 items")
        List<@NotNull(message = "must not be null") @Valid SubSourceItem> subSourceItems) {

    public PaymentRequest {
        subSourceItems = subSourceItems == null ? List.of() : subSourceItems;
    }

    @Override
    public String toString() {
        return "PaymentRequest[amount=" + amount + ", currency=" + currency + ", kind=" + kind + "]";
    }
}
