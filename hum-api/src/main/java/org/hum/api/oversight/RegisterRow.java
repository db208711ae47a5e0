package org.hum.api.oversight;

import org.hum.api.source.SourceStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One file in the central register (docs/domain.md, "Oversight"): what an inspector asks of every
 * file, and nothing identifying. Dates the file does not have yet are null.
 *
 * @param handlers            the usernames of its open HANDLER and CO_HANDLER assignments
 * @param controllers         the usernames of its open CONTROLLER assignments
 * @param authorisationGrantedAt when the authorisation in force (or the latest granted) was granted
 * @param authorisationEndsAt when that authorisation ends
 * @param nextReviewDue       the earliest review of an authorisation in force still to be held
 * @param lastValidationAt    when the latest validation was concluded
 * @param nextValidationDue   the next validation's due day
 * @param specialCategories   the declared categories, and JUVENILE where an authorisation of a juvenile is in force
 * @param lastContactAt       the latest submitted contact
 * @param paymentsThisYear    paid this calendar year, net of reversals, from the ledger
 * @param paymentsLifetime    paid in the file's lifetime, net of reversals
 * @param overdue             whether any of its due-list lines is overdue
 */
public record RegisterRow(
        String id,
        String sourceNumber,
        String codeName,
        String compartment,
        String classification,
        SourceStatus status,
        Instant registeredAt,
        List<String> handlers,
        List<String> controllers,
        Instant authorisationGrantedAt,
        Instant authorisationEndsAt,
        LocalDate nextReviewDue,
        Instant lastValidationAt,
        LocalDate nextValidationDue,
        List<String> specialCategories,
        Instant lastContactAt,
        BigDecimal paymentsThisYear,
        BigDecimal paymentsLifetime,
        boolean overdue) {
}
