package org.hum.api.vetting;

import java.time.LocalDate;

/**
 * A deactivation that began within the window before a review threshold (or while that
 * review was overdue), followed by a reactivation: the tenure-gaming pattern of docs/domain.md,
 * "Lifecycle" 7, flagged to compliance on the day of the reactivation.
 *
 * @param threshold    ENHANCED_REVIEW or PERIODIC_VALIDATION
 * @param thresholdOn  the day that review fell or falls due
 */
public record TenureFlag(LocalDate deactivatedOn, LocalDate reactivatedOn, String threshold, LocalDate thresholdOn) {
}
