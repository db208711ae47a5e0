package org.hum.api.rules;

import java.math.BigDecimal;

/**
 * The figures of a rule profile, as an administrator reads and tunes them
 * ({@code PUT /api/admin/rule-profile}). {@code profile} chooses the shipped profile
 * (US_FEDERAL or UK); every other member is a figure of it. Periods are ISO-8601
 * ({@code P12M}, {@code P1Y}); the urgent oral period is an ISO-8601 duration ({@code PT72H}).
 *
 * <p>In a change, a figure left out (null) keeps its value: the figure in force when the
 * profile stays the same, the shipped figure of the newly chosen profile when it changes.
 */
public record RuleProfileSettings(
        String profile,
        String name,
        String grading,
        String authorisationPeriod,
        String juvenileAuthorisationPeriod,
        String urgentOralPeriod,
        String reviewInterval,
        String juvenileReviewInterval,
        String validationInterval,
        String enhancedReviewAfter,
        String continuousUseGap,
        Integer oiaMaxDays,
        Integer oiaNotificationDays,
        String instructionsInterval,
        Integer juvenileAge,
        Integer appropriateAdultAge,
        Integer prospectContactThreshold,
        Integer prospectDayThreshold,
        String retentionAfterAuthorisation,
        String intelligenceRetention,
        String currency,
        BigDecimal seniorPaymentThreshold,
        BigDecimal headquartersPaymentThreshold,
        BigDecimal annualHeadquartersThreshold,
        BigDecimal lifetimeHeadquartersThreshold,
        Integer tenureGamingWindowDays,
        String reportDatePrecision,
        Integer errorReportingWorkingDays,
        Integer deconflictionChecksPerDay) {


    /** Only a choice of profile: its shipped figures where it changes, the figures in force where it does not. */
    public static RuleProfileSettings choose(String profile) {
        return new RuleProfileSettings(profile, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
