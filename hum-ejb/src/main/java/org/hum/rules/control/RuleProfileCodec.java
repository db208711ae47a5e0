package org.hum.rules.control;

import org.hum.api.rules.RuleProfileSettings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a {@link RuleProfile} into the figures a person reads and tunes
 * ({@link RuleProfileSettings}), and into the stored text form (key=value lines, in the
 * order of the record) and back. Stored figures were validated when they were written; a
 * stored text that no longer reads is a fault, not a user error.
 */
public final class RuleProfileCodec {
    /** The tenure-gaming window of a stored profile written before the figure existed. */
    static final int DEFAULT_TENURE_WINDOW = 90;

    private RuleProfileCodec() {
    }

    public static RuleProfileSettings settings(RuleProfile p) {
        return new RuleProfileSettings(p.id(), p.name(), p.grading().name(), p.authorisationPeriod().toString(),
                p.juvenileAuthorisationPeriod().toString(), p.urgentOralPeriod().toString(),
                p.reviewInterval().toString(), p.juvenileReviewInterval().toString(),
                p.validationInterval().toString(), p.enhancedReviewAfter().toString(), p.continuousUseGap().toString(),
                p.oiaMaxDays(), p.oiaNotificationDays(), p.instructionsInterval().toString(), p.juvenileAge(),
                p.appropriateAdultAge(), p.prospectContactThreshold(), p.prospectDayThreshold(),
                p.retentionAfterAuthorisation().toString(), p.intelligenceRetention().toString(), p.currency(),
                p.seniorPaymentThreshold(), p.headquartersPaymentThreshold(), p.annualHeadquartersThreshold(),
                p.lifetimeHeadquartersThreshold(), p.tenureGamingWindowDays(), p.reportDatePrecision(),
                p.errorReportingWorkingDays(), p.deconflictionChecksPerDay());
    }

    public static String text(RuleProfile p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("grading", p.grading().name());
        m.put("authorisationPeriod", p.authorisationPeriod().toString());
        m.put("juvenileAuthorisationPeriod", p.juvenileAuthorisationPeriod().toString());
        m.put("urgentOralPeriod", p.urgentOralPeriod().toString());
        m.put("reviewInterval", p.reviewInterval().toString());
        m.put("juvenileReviewInterval", p.juvenileReviewInterval().toString());
        m.put("validationInterval", p.validationInterval().toString());
        m.put("enhancedReviewAfter", p.enhancedReviewAfter().toString());
        m.put("continuousUseGap", p.continuousUseGap().toString());
        m.put("oiaMaxDays", Integer.toString(p.oiaMaxDays()));
        m.put("oiaNotificationDays", Integer.toString(p.oiaNotificationDays()));
        m.put("instructionsInterval", p.instructionsInterval().toString());
        m.put("juvenileAge", Integer.toString(p.juvenileAge()));
        m.put("appropriateAdultAge", Integer.toString(p.appropriateAdultAge()));
        m.put("prospectContactThreshold", Integer.toString(p.prospectContactThreshold()));
        m.put("prospectDayThreshold", Integer.toString(p.prospectDayThreshold()));
        m.put("retentionAfterAuthorisation", p.retentionAfterAuthorisation().toString());
        m.put("intelligenceRetention", p.intelligenceRetention().toString());
        m.put("currency", p.currency());
        m.put("seniorPaymentThreshold", p.seniorPaymentThreshold().toPlainString());
        m.put("headquartersPaymentThreshold", p.headquartersPaymentThreshold().toPlainString());
        m.put("annualHeadquartersThreshold", p.annualHeadquartersThreshold().toPlainString());
        m.put("lifetimeHeadquartersThreshold", p.lifetimeHeadquartersThreshold().toPlainString());
        m.put("tenureGamingWindowDays", Integer.toString(p.tenureGamingWindowDays()));
        m.put("reportDatePrecision", p.reportDatePrecision());
        m.put("errorReportingWorkingDays", Integer.toString(p.errorReportingWorkingDays()));
        m.put("deconflictionChecksPerDay", Integer.toString(p.deconflictionChecksPerDay()));
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return b.toString();
    }

    public static RuleProfile parse(String id, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            return new RuleProfile(id, req(m, "name"), RuleProfile.GradingScheme.valueOf(req(m, "grading")),
                    Period.parse(req(m, "authorisationPeriod")), Period.parse(req(m, "juvenileAuthorisationPeriod")),
                    Duration.parse(req(m, "urgentOralPeriod")), Period.parse(req(m, "reviewInterval")),
                    Period.parse(req(m, "juvenileReviewInterval")), Period.parse(req(m, "validationInterval")),
                    Period.parse(req(m, "enhancedReviewAfter")), Period.parse(req(m, "continuousUseGap")),
                    Integer.parseInt(req(m, "oiaMaxDays")), Integer.parseInt(req(m, "oiaNotificationDays")),
                    Period.parse(req(m, "instructionsInterval")), Integer.parseInt(req(m, "juvenileAge")),
                    Integer.parseInt(req(m, "appropriateAdultAge")), Integer.parseInt(req(m, "prospectContactThreshold")),
                    Integer.parseInt(req(m, "prospectDayThreshold")), Period.parse(req(m, "retentionAfterAuthorisation")),
                    Period.parse(req(m, "intelligenceRetention")), req(m, "currency"),
                    new BigDecimal(req(m, "seniorPaymentThreshold")), new BigDecimal(req(m, "headquartersPaymentThreshold")),
                    new BigDecimal(req(m, "annualHeadquartersThreshold")),
                    new BigDecimal(req(m, "lifetimeHeadquartersThreshold")),
                    // stored before the figure existed: the shipped profile's window, which was the fixed one then
                    m.containsKey("tenureGamingWindowDays") ? Integer.parseInt(m.get("tenureGamingWindowDays"))
                            : RuleProfiles.shipped(id).map(RuleProfile::tenureGamingWindowDays).orElse(DEFAULT_TENURE_WINDOW),
                    m.getOrDefault("reportDatePrecision", RuleProfile.DEFAULT_REPORT_DATE_PRECISION),
                    m.containsKey("errorReportingWorkingDays") ? Integer.parseInt(m.get("errorReportingWorkingDays"))
                            : RuleProfile.DEFAULT_ERROR_REPORTING_WORKING_DAYS,
                    m.containsKey("deconflictionChecksPerDay") ? Integer.parseInt(m.get("deconflictionChecksPerDay"))
                            : RuleProfile.DEFAULT_DECONFLICTION_CHECKS_PER_DAY);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the stored rule profile " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String req(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("missing figure " + key);
        }
        return v;
    }
}
