package org.hum.api.vetting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a source stands with its validations, as the system computes it (nothing here is
 * typed by anyone).
 *
 * @param codeName                  the source's code name (never an identity)
 * @param initialConcludedAt        the initial validation that found the source suitable; null: none in force
 * @param lastConcludedAt           the latest concluded validation, of any kind
 * @param nextValidationDue         the day by which the next periodic validation is due; null before the first
 * @param validationOverdue         today is after that day
 * @param continuousUseSince        the start of the continuous use in progress; null when none
 * @param enhancedReviewDueOn       the day continuous use reaches the enhanced-review threshold
 * @param enhancedReviewOutstanding that day has come and no enhanced review was concluded since
 * @param nextKind                  what a validation opened now would be
 * @param openValidationId          the validation awaiting its conclusion; null when none
 * @param tenureFlags               tenure-gaming patterns found in the source's history
 */
public record ValidationStandingView(
        String sourceId,
        String codeName,
        Instant initialConcludedAt,
        Instant lastConcludedAt,
        LocalDate nextValidationDue,
        boolean validationOverdue,
        Instant continuousUseSince,
        LocalDate enhancedReviewDueOn,
        boolean enhancedReviewOutstanding,
        ValidationKind nextKind,
        String openValidationId,
        List<TenureFlag> tenureFlags) {
}
