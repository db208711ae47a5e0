package org.hum.rules.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The figures of one jurisdiction's rules (docs/domain.md, "Rule profiles"): authorisation and
 * review periods, validation intervals, juvenile rules, OIA limits, prospect thresholds,
 * payment tiers and retention. Every clock and hard stop reads its figure here, never a
 * literal. Two profiles ship ({@link RuleProfiles}); a deployment chooses one and an
 * administrator may tune its figures.
 *
 * @param id                            stable id: {@code US_FEDERAL} or {@code UK}
 * @param name                          what people read
 * @param grading                       which grading scheme sources and information are graded in
 * @param authorisationPeriod           how long an authorisation lasts (12 months)
 * @param juvenileAuthorisationPeriod   how long a juvenile's lasts (4 months)
 * @param urgentOralPeriod              how long an urgent oral authorisation lasts (72 hours)
 * @param reviewInterval                an authorisation is reviewed at least this often
 * @param juvenileReviewInterval        a juvenile's authorisation is reviewed at least this often (monthly)
 * @param validationInterval            periodic validation at least this often (yearly)
 * @param enhancedReviewAfter           continuous use beyond this needs enhanced review (5 years)
 * @param continuousUseGap              a deactivation shorter than this does not break continuous use
 * @param oiaMaxDays                    an OIA authorisation lasts at most this many days (90)
 * @param oiaNotificationDays           a grant or cancellation of OIA is notified within this many days; 0: no notification
 * @param instructionsInterval          instructions are given again at least this often (yearly)
 * @param juvenileAge                   under this age a source is a juvenile (18)
 * @param appropriateAdultAge           under this age an appropriate adult attends every contact (16)
 * @param prospectContactThreshold      this many contacts with an unregistered person is status drift
 * @param prospectDayThreshold          contacts spanning this many days with an unregistered person is status drift
 * @param retentionAfterAuthorisation   a file is kept at least this long after its last authorisation ends
 * @param intelligenceRetention         intelligence is held at most this long unless re-validated
 * @param currency                      ISO 4217 code of the payment figures
 * @param seniorPaymentThreshold        a single payment from this amount needs a senior field manager
 * @param headquartersPaymentThreshold  a single payment above this also needs headquarters
 * @param annualHeadquartersThreshold   payments to one source above this in a year need headquarters
 * @param lifetimeHeadquartersThreshold payments to one source above this in its lifetime need headquarters
 * @param tenureGamingWindowDays        a deactivation that begins at most this many days before a review
 *                                      threshold, followed by a reactivation, is flagged as tenure gaming (90)
 * @param reportDatePrecision           how exactly a sanitized report's releasable part may date what it
 *                                      concerns: DAY, WEEK or MONTH (WEEK)
 * @param errorReportingWorkingDays     a relevant error is reported to the oversight body within this many
 *                                      working days of being found (10; docs/domain.md, "Oversight")
 * @param deconflictionChecksPerDay     a person may make at most this many deconfliction checks in a UTC day (10;
 *                                      docs/domain.md, "Deconfliction (step 2)")
 */
public record RuleProfile(
        String id,
        String name,
        GradingScheme grading,
        Period authorisationPeriod,
        Period juvenileAuthorisationPeriod,
        Duration urgentOralPeriod,
        Period reviewInterval,
        Period juvenileReviewInterval,
        Period validationInterval,
        Period enhancedReviewAfter,
        Period continuousUseGap,
        int oiaMaxDays,
        int oiaNotificationDays,
        Period instructionsInterval,
        int juvenileAge,
        int appropriateAdultAge,
        int prospectContactThreshold,
        int prospectDayThreshold,
        Period retentionAfterAuthorisation,
        Period intelligenceRetention,
        String currency,
        BigDecimal seniorPaymentThreshold,
        BigDecimal headquartersPaymentThreshold,
        BigDecimal annualHeadquartersThreshold,
        BigDecimal lifetimeHeadquartersThreshold,
        int tenureGamingWindowDays,
        String reportDatePrecision,
        int errorReportingWorkingDays,
        int deconflictionChecksPerDay) {

    /** The report date precisions: how exactly a releasable part may date what it concerns. */
    public static final List<String> REPORT_DATE_PRECISIONS = List.of("DAY", "WEEK", "MONTH");
    /** The report date precision of the shipped profiles, and of a stored profile written before the figure existed. */
    public static final String DEFAULT_REPORT_DATE_PRECISION = "WEEK";
    /** The working days to report a relevant error in, in the shipped profiles and a stored profile written before the figure existed. */
    public static final int DEFAULT_ERROR_REPORTING_WORKING_DAYS = 10;
    /** The deconfliction checks a person may make in a day, in the shipped profiles and a stored profile written before the figure existed. */
    public static final int DEFAULT_DECONFLICTION_CHECKS_PER_DAY = 10;

    /** The grading schemes of docs/domain.md, "Grading". */
    public enum GradingScheme {
        /** Source reliability A-F, information credibility 1-6. */
        NATO_ADMIRALTY,
        /** UK police 3x5x2: source 1-3, information A-E, handling P or C. */
        UK_3X5X2
    }

    public RuleProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(currency, "currency");
        for (Object figure : new Object[]{authorisationPeriod, juvenileAuthorisationPeriod, urgentOralPeriod,
                reviewInterval, juvenileReviewInterval, validationInterval, enhancedReviewAfter, continuousUseGap,
                instructionsInterval, retentionAfterAuthorisation, intelligenceRetention, seniorPaymentThreshold,
                headquartersPaymentThreshold, annualHeadquartersThreshold, lifetimeHeadquartersThreshold}) {
            Objects.requireNonNull(figure, "every figure of a rule profile is required");
        }
        if (oiaMaxDays < 1 || oiaNotificationDays < 0 || juvenileAge < appropriateAdultAge || appropriateAdultAge < 0
                || prospectContactThreshold < 1 || prospectDayThreshold < 1 || tenureGamingWindowDays < 1
                || !REPORT_DATE_PRECISIONS.contains(reportDatePrecision) || errorReportingWorkingDays < 1
                || deconflictionChecksPerDay < 1) {
            throw new IllegalArgumentException("rule profile " + id + " has an impossible figure");
        }
    }

    /** A profile with the shipped report date precision (the figures before it existed). */
    public RuleProfile(String id, String name, GradingScheme grading, Period authorisationPeriod,
                       Period juvenileAuthorisationPeriod, Duration urgentOralPeriod, Period reviewInterval,
                       Period juvenileReviewInterval, Period validationInterval, Period enhancedReviewAfter,
                       Period continuousUseGap, int oiaMaxDays, int oiaNotificationDays, Period instructionsInterval,
                       int juvenileAge, int appropriateAdultAge, int prospectContactThreshold, int prospectDayThreshold,
                       Period retentionAfterAuthorisation, Period intelligenceRetention, String currency,
                       BigDecimal seniorPaymentThreshold, BigDecimal headquartersPaymentThreshold,
                       BigDecimal annualHeadquartersThreshold, BigDecimal lifetimeHeadquartersThreshold,
                       int tenureGamingWindowDays) {
        this(id, name, grading, authorisationPeriod, juvenileAuthorisationPeriod, urgentOralPeriod, reviewInterval,
                juvenileReviewInterval, validationInterval, enhancedReviewAfter, continuousUseGap, oiaMaxDays,
                oiaNotificationDays, instructionsInterval, juvenileAge, appropriateAdultAge, prospectContactThreshold,
                prospectDayThreshold, retentionAfterAuthorisation, intelligenceRetention, currency, seniorPaymentThreshold,
                headquartersPaymentThreshold, annualHeadquartersThreshold, lifetimeHeadquartersThreshold,
                tenureGamingWindowDays, DEFAULT_REPORT_DATE_PRECISION, DEFAULT_ERROR_REPORTING_WORKING_DAYS,
                DEFAULT_DECONFLICTION_CHECKS_PER_DAY);
    }

    /** How long an authorisation lasts for a source that is or is not a juvenile. */
    public Period authorisationPeriod(boolean juvenile) {
        return juvenile ? juvenileAuthorisationPeriod : authorisationPeriod;
    }

    /** How often an authorisation is reviewed for a source that is or is not a juvenile. */
    public Period reviewInterval(boolean juvenile) {
        return juvenile ? juvenileReviewInterval : reviewInterval;
    }

    public boolean notifiesOia() {
        return oiaNotificationDays > 0;
    }
}
