package org.hum.rules.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.rules.RuleProfileSettings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies an administrator's choice and tuning to the profile in force, strictly: every
 * figure is checked, every fault is named, and a request with any fault changes nothing.
 *
 * <p>The limits, decided here (README "Rule profiles"):
 * <ul>
 *   <li>periods are ISO-8601 ({@code P12M}), positive (no zero, no negative part) and at most {@code P100Y};</li>
 *   <li>the urgent oral period is an ISO-8601 duration ({@code PT72H}), positive, at most 30 days;</li>
 *   <li>a juvenile's authorisation is no longer than an adult's; reviews come no later than the
 *       authorisation they review ends; juveniles' reviews are at least as frequent as adults';
 *       the continuous-use gap is shorter than the enhanced-review threshold;</li>
 *   <li>{@code oiaMaxDays} 1..90: docs/domain.md sets 90 days as the ceiling, so tuning may tighten it, never loosen it;
 *       {@code oiaNotificationDays} 0..90, 0 meaning no notification;</li>
 *   <li>{@code juvenileAge} 1..25, {@code appropriateAdultAge} 1..juvenileAge;</li>
 *   <li>prospect thresholds: 1..1000 contacts, 1..3650 days;</li>
 *   <li>{@code tenureGamingWindowDays} 1..3650;</li>
 *   <li>{@code errorReportingWorkingDays} 1..60;</li>
 *   <li>{@code deconflictionChecksPerDay} 1..200;</li>
 *   <li>{@code reportDatePrecision} DAY, WEEK or MONTH;</li>
 *   <li>currency: an ISO 4217 code; payment figures positive, at most two decimals, at most 10^12, and
 *       senior &lt; headquarters &lt;= annual &lt;= lifetime;</li>
 *   <li>name: 1 to 80 printable characters.</li>
 * </ul>
 */
public final class RuleProfileTuning {
    static final Period MAX_PERIOD = Period.ofYears(100);
    static final Duration MAX_URGENT = Duration.ofDays(30);
    static final int MAX_OIA_DAYS = 90;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final LocalDate REF = LocalDate.of(2000, 1, 1);

    private RuleProfileTuning() {
    }

    public static String choices() {
        return RuleProfiles.SHIPPED.stream().map(RuleProfile::id).collect(Collectors.joining(", "));
    }

    /**
     * The profile that results from applying {@code request} to {@code current}: figures left
     * out keep the one in force (same profile) or the shipped one (another profile chosen).
     *
     * @throws HumException INVALID_INPUT naming every bad field
     */
    public static RuleProfile apply(RuleProfile current, RuleProfileSettings request) {
        if (request == null) {
            throw HumException.invalid("profile", "is required: one of " + choices());
        }
        if (request.profile() == null || request.profile().isBlank()) {
            throw HumException.invalid("profile", "is required: one of " + choices());
        }
        RuleProfile shipped = RuleProfiles.shipped(request.profile()).orElseThrow(() -> HumException.invalid("profile",
                "unknown rule profile; choose one of " + choices()));
        RuleProfile base = shipped.id().equals(current.id()) ? current : shipped;
        Errors e = new Errors();

        String name = e.value("name", request.name(), base.name(), s -> {
            String n = s.strip();
            if (n.isEmpty() || n.length() > 80 || n.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("must be 1 to 80 printable characters");
            }
            return n;
        });
        RuleProfile.GradingScheme grading = e.value("grading", request.grading(), base.grading(), s -> {
            try {
                return RuleProfile.GradingScheme.valueOf(s.strip());
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException("must be one of NATO_ADMIRALTY, UK_3X5X2");
            }
        });
        Period authorisation = e.period("authorisationPeriod", request.authorisationPeriod(), base.authorisationPeriod());
        Period juvenileAuthorisation = e.period("juvenileAuthorisationPeriod", request.juvenileAuthorisationPeriod(),
                base.juvenileAuthorisationPeriod());
        Duration urgent = e.value("urgentOralPeriod", request.urgentOralPeriod(), base.urgentOralPeriod(), s -> {
            Duration d;
            try {
                d = Duration.parse(s.strip());
            } catch (DateTimeParseException x) {
                throw new IllegalArgumentException("must be an ISO-8601 duration such as PT72H");
            }
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_URGENT) > 0) {
                throw new IllegalArgumentException("must be positive and at most 30 days (PT720H)");
            }
            return d;
        });
        Period review = e.period("reviewInterval", request.reviewInterval(), base.reviewInterval());
        Period juvenileReview = e.period("juvenileReviewInterval", request.juvenileReviewInterval(),
                base.juvenileReviewInterval());
        Period validation = e.period("validationInterval", request.validationInterval(), base.validationInterval());
        Period enhanced = e.period("enhancedReviewAfter", request.enhancedReviewAfter(), base.enhancedReviewAfter());
        Period gap = e.period("continuousUseGap", request.continuousUseGap(), base.continuousUseGap());
        int oiaMax = e.number("oiaMaxDays", request.oiaMaxDays(), base.oiaMaxDays(), 1, MAX_OIA_DAYS,
                "must be from 1 to 90 days: an OIA authorisation lasts at most 90 days");
        int oiaNotify = e.number("oiaNotificationDays", request.oiaNotificationDays(), base.oiaNotificationDays(), 0, 90,
                "must be from 0 (no notification) to 90 days");
        Period instructions = e.period("instructionsInterval", request.instructionsInterval(), base.instructionsInterval());
        int juvenileAge = e.number("juvenileAge", request.juvenileAge(), base.juvenileAge(), 1, 25,
                "must be an age from 1 to 25");
        int adultAge = e.number("appropriateAdultAge", request.appropriateAdultAge(), base.appropriateAdultAge(), 1, 25,
                "must be an age from 1 to 25");
        int prospectContacts = e.number("prospectContactThreshold", request.prospectContactThreshold(),
                base.prospectContactThreshold(), 1, 1000, "must be from 1 to 1000 contacts");
        int prospectDays = e.number("prospectDayThreshold", request.prospectDayThreshold(), base.prospectDayThreshold(),
                1, 3650, "must be from 1 to 3650 days");
        Period retention = e.period("retentionAfterAuthorisation", request.retentionAfterAuthorisation(),
                base.retentionAfterAuthorisation());
        Period intelligence = e.period("intelligenceRetention", request.intelligenceRetention(), base.intelligenceRetention());
        String currency = e.value("currency", request.currency(), base.currency(), s -> {
            String c = s.strip();
            try {
                if (c.matches("[A-Z]{3}")) {
                    return Currency.getInstance(c).getCurrencyCode();
                }
            } catch (IllegalArgumentException x) {
                // answered below
            }
            throw new IllegalArgumentException("must be an ISO 4217 currency code such as USD or GBP");
        });
        BigDecimal senior = e.amount("seniorPaymentThreshold", request.seniorPaymentThreshold(), base.seniorPaymentThreshold());
        BigDecimal hq = e.amount("headquartersPaymentThreshold", request.headquartersPaymentThreshold(),
                base.headquartersPaymentThreshold());
        BigDecimal annual = e.amount("annualHeadquartersThreshold", request.annualHeadquartersThreshold(),
                base.annualHeadquartersThreshold());
        BigDecimal lifetime = e.amount("lifetimeHeadquartersThreshold", request.lifetimeHeadquartersThreshold(),
                base.lifetimeHeadquartersThreshold());

        // relations between figures, where each figure alone was fine
        if (juvenileAge > 0 && adultAge > 0 && juvenileAge < adultAge) {
            e.add("juvenileAge", "must be at least appropriateAdultAge (" + adultAge + ")");
        }
        if (authorisation != null && juvenileAuthorisation != null && longer(juvenileAuthorisation, authorisation)) {
            e.add("juvenileAuthorisationPeriod", "must be no longer than authorisationPeriod (" + authorisation + ")");
        }
        if (authorisation != null && review != null && longer(review, authorisation)) {
            e.add("reviewInterval", "must be no longer than authorisationPeriod (" + authorisation + ")");
        }
        if (juvenileAuthorisation != null && juvenileReview != null && longer(juvenileReview, juvenileAuthorisation)) {
            e.add("juvenileReviewInterval", "must be no longer than juvenileAuthorisationPeriod (" + juvenileAuthorisation + ")");
        }
        if (review != null && juvenileReview != null && longer(juvenileReview, review)) {
            e.add("juvenileReviewInterval", "must be no longer than reviewInterval (" + review + "): juveniles are reviewed at least as often");
        }
        if (gap != null && enhanced != null && !longer(enhanced, gap)) {
            e.add("continuousUseGap", "must be shorter than enhancedReviewAfter (" + enhanced + ")");
        }
        if (senior != null && hq != null && senior.compareTo(hq) >= 0) {
            e.add("seniorPaymentThreshold", "must be below headquartersPaymentThreshold (" + hq.toPlainString() + ")");
        }
        if (hq != null && annual != null && hq.compareTo(annual) > 0) {
            e.add("headquartersPaymentThreshold", "must be at most annualHeadquartersThreshold (" + annual.toPlainString() + ")");
        }
        if (annual != null && lifetime != null && annual.compareTo(lifetime) > 0) {
            e.add("annualHeadquartersThreshold", "must be at most lifetimeHeadquartersThreshold (" + lifetime.toPlainString() + ")");
        }
        int tenureWindow = e.number("tenureGamingWindowDays", request.tenureGamingWindowDays(),
                base.tenureGamingWindowDays(), 1, 3650, "must be from 1 to 3650 days");
        String datePrecision = e.value("reportDatePrecision", request.reportDatePrecision(), base.reportDatePrecision(), s -> {
            String v = s.strip().toUpperCase(Locale.ROOT);
            if (!RuleProfile.REPORT_DATE_PRECISIONS.contains(v)) {
                throw new IllegalArgumentException("must be DAY, WEEK or MONTH");
            }
            return v;
        });
        int errorDays = e.number("errorReportingWorkingDays", request.errorReportingWorkingDays(),
                base.errorReportingWorkingDays(), 1, 60, "must be from 1 to 60 working days");
        int checksPerDay = e.number("deconflictionChecksPerDay", request.deconflictionChecksPerDay(),
                base.deconflictionChecksPerDay(), 1, 200, "must be from 1 to 200 checks a day");
        if (!e.errors.isEmpty()) {
            String fields = e.errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
            throw new HumException(ErrorCode.INVALID_INPUT, "The rule profile was not changed; fix " + fields + ".",
                    e.errors);
        }
        return new RuleProfile(shipped.id(), name, grading, authorisation, juvenileAuthorisation, urgent, review,
                juvenileReview, validation, enhanced, gap, oiaMax, oiaNotify, instructions, juvenileAge, adultAge,
                prospectContacts, prospectDays, retention, intelligence, currency, senior, hq, annual, lifetime,
                tenureWindow, datePrecision, errorDays, checksPerDay);
    }

    /** Whether {@code a} reaches further than {@code b} from the same day (months and years are calendar ones). */
    static boolean longer(Period a, Period b) {
        return REF.plus(a).isAfter(REF.plus(b));
    }

    private static final class Errors {
        final List<FieldError> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        <T> T value(String field, String requested, T fallback, Function<String, T> parse) {
            if (requested == null) {
                return fallback;
            }
            try {
                return parse.apply(requested);
            } catch (IllegalArgumentException x) {
                add(field, x.getMessage());
                return null;
            }
        }

        Period period(String field, String requested, Period fallback) {
            return value(field, requested, fallback, s -> {
                Period p;
                try {
                    p = Period.parse(s.strip());
                } catch (DateTimeParseException x) {
                    throw new IllegalArgumentException("must be an ISO-8601 period such as P12M, P1Y or P30D");
                }
                if (p.isZero() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
                    throw new IllegalArgumentException("must be a positive period (no zero, no negative part)");
                }
                boolean tooLong;
                try {
                    tooLong = longer(p, MAX_PERIOD);
                } catch (java.time.DateTimeException | ArithmeticException x) {
                    tooLong = true;
                }
                if (tooLong) {
                    throw new IllegalArgumentException("must be at most P100Y");
                }
                return p;
            });
        }

        int number(String field, Integer requested, int fallback, int min, int max, String message) {
            if (requested == null) {
                return fallback;
            }
            if (requested < min || requested > max) {
                add(field, message);
                return -1;
            }
            return requested;
        }

        BigDecimal amount(String field, BigDecimal requested, BigDecimal fallback) {
            if (requested == null) {
                return fallback;
            }
            if (requested.signum() <= 0 || requested.compareTo(MAX_AMOUNT) > 0 || requested.stripTrailingZeros().scale() > 2) {
                add(field, "must be a positive amount of at most 1000000000000, with at most two decimals");
                return null;
            }
            BigDecimal normal = requested.stripTrailingZeros();
            return normal.scale() < 0 ? normal.setScale(0) : normal;
        }
    }
}
