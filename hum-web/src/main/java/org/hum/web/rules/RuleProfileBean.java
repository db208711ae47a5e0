package org.hum.web.rules;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.error.FieldError;
import org.hum.api.rules.RuleProfileChangeView;
import org.hum.api.rules.RuleProfileSettings;
import org.hum.api.rules.RuleProfileView;
import org.hum.rules.boundary.RuleProfileAdministration;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' rule-profile page: the profile in force, a form to choose another (its
 * shipped figures), a form to tune every figure, a reset to the shipped figures, and the
 * history of changes. The boundary validates; its refusals are shown per figure.
 */
@Named
@RequestScoped
public class RuleProfileBean {
    /** A figure as the form shows it. */
    public record Figure(String key, String label, String hint) {
    }

    public static final List<Figure> FIGURES = List.of(
            new Figure("name", "Name", "what people read"),
            new Figure("grading", "Grading scheme", "NATO_ADMIRALTY or UK_3X5X2"),
            new Figure("authorisationPeriod", "Authorisation period", "ISO-8601 period, e.g. P12M"),
            new Figure("juvenileAuthorisationPeriod", "Juvenile authorisation period", "e.g. P4M"),
            new Figure("urgentOralPeriod", "Urgent oral authorisation", "ISO-8601 duration, e.g. PT72H"),
            new Figure("reviewInterval", "Authorisation review interval", "e.g. P3M"),
            new Figure("juvenileReviewInterval", "Juvenile review interval", "e.g. P1M"),
            new Figure("validationInterval", "Periodic validation interval", "e.g. P1Y"),
            new Figure("enhancedReviewAfter", "Enhanced review after", "e.g. P5Y"),
            new Figure("continuousUseGap", "Continuous-use gap", "a shorter deactivation does not break continuous use"),
            new Figure("oiaMaxDays", "OIA maximum (days)", "1 to 90"),
            new Figure("oiaNotificationDays", "OIA notification (days)", "0: none"),
            new Figure("instructionsInterval", "Instructions repeated every", "e.g. P1Y"),
            new Figure("juvenileAge", "Juvenile under age", "at least the appropriate-adult age"),
            new Figure("appropriateAdultAge", "Appropriate adult under age", "e.g. 16"),
            new Figure("prospectContactThreshold", "Status drift after contacts", "1 to 1000"),
            new Figure("prospectDayThreshold", "Status drift after days", "1 to 3650"),
            new Figure("retentionAfterAuthorisation", "Retention after last authorisation", "e.g. P3Y"),
            new Figure("intelligenceRetention", "Intelligence retention", "e.g. P5Y"),
            new Figure("currency", "Currency", "ISO 4217"),
            new Figure("seniorPaymentThreshold", "Senior approval from", "amount"),
            new Figure("headquartersPaymentThreshold", "Headquarters approval above", "amount"),
            new Figure("annualHeadquartersThreshold", "Annual headquarters threshold", "amount"),
            new Figure("lifetimeHeadquartersThreshold", "Lifetime headquarters threshold", "amount"),
            new Figure("tenureGamingWindowDays", "Tenure-gaming window (days)", "1 to 3650; a deactivation this close before a review threshold, then a reactivation, is flagged"),
            new Figure("reportDatePrecision", "Report date precision", "DAY, WEEK or MONTH: how exactly a sanitized report may date what it concerns"),
            new Figure("errorReportingWorkingDays", "Relevant errors reported within (working days)", "1 to 60; weekends and the installation's public holidays do not count"),
            new Figure("deconflictionChecksPerDay", "Deconfliction checks per person per day", "1 to 200; past it a check is refused until the next UTC day"));

    @Inject
    RuleProfileAdministration profiles;

    @Inject
    FacesContext faces;

    private RuleProfileView current;
    private List<RuleProfileChangeView> history;
    private final Map<String, String> figures = new HashMap<>();
    private String choice;

    @PostConstruct
    void load() {
        current = profiles.forAdministrator();
        figures.putAll(asMap(current.figures()));
        choice = current.figures().profile();
    }

    public RuleProfileView getCurrent() {
        return current;
    }

    public List<Figure> getFigureList() {
        return FIGURES;
    }

    public Map<String, String> getFigures() {
        return figures;
    }

    public List<RuleProfileChangeView> getHistory() {
        if (history == null) {
            history = profiles.history();
        }
        return history;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String choose() throws IOException {
        return act(() -> profiles.change(RuleProfileSettings.choose(choice)), "The rule profile is now " + choice + ".");
    }

    public String tune() throws IOException {
        List<FieldError> errors = new ArrayList<>();
        RuleProfileSettings s = new RuleProfileSettings(current.figures().profile(), text("name"), text("grading"),
                text("authorisationPeriod"), text("juvenileAuthorisationPeriod"), text("urgentOralPeriod"),
                text("reviewInterval"), text("juvenileReviewInterval"), text("validationInterval"),
                text("enhancedReviewAfter"), text("continuousUseGap"), whole("oiaMaxDays", errors),
                whole("oiaNotificationDays", errors), text("instructionsInterval"), whole("juvenileAge", errors),
                whole("appropriateAdultAge", errors), whole("prospectContactThreshold", errors),
                whole("prospectDayThreshold", errors), text("retentionAfterAuthorisation"), text("intelligenceRetention"),
                text("currency"), amount("seniorPaymentThreshold", errors), amount("headquartersPaymentThreshold", errors),
                amount("annualHeadquartersThreshold", errors), amount("lifetimeHeadquartersThreshold", errors),
                whole("tenureGamingWindowDays", errors), text("reportDatePrecision"), whole("errorReportingWorkingDays", errors),
                whole("deconflictionChecksPerDay", errors));
        if (!errors.isEmpty()) {
            errors.forEach(e -> PageAction.error(faces, e.field() + ": " + e.message()));
            return null;
        }
        return act(() -> profiles.change(s), "The figures were saved.");
    }

    public String reset() throws IOException {
        return act(profiles::resetToShipped, "The shipped figures are back in force.");
    }

    private String act(PageAction.Step action, String done) throws IOException {
        // every refusal on top: the figures' inputs have no messages of their own
        PageAction.onTop(faces).run(() -> {
            action.run();
            PageAction.confirm(faces, done);
            PageAction.redirect(faces, "/admin/rules.xhtml");
        });
        return null;
    }

    private String text(String key) {
        String v = figures.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private Integer whole(String key, List<FieldError> errors) {
        String v = text(key);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, "must be a whole number"));
            return null;
        }
    }

    private BigDecimal amount(String key, List<FieldError> errors) {
        String v = text(key);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, "must be an amount such as 2500 or 2500.50"));
            return null;
        }
    }

    /** A change's figures as one line: for the history table. */
    public String summary(RuleProfileSettings s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.profile());
        asMap(s).forEach((k, v) -> {
            if (!k.equals("profile") && !k.equals("name")) {
                b.append("; ").append(k).append('=').append(v);
            }
        });
        return b.toString();
    }

    static Map<String, String> asMap(RuleProfileSettings s) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("profile", s.profile());
        m.put("name", s.name());
        m.put("grading", s.grading());
        m.put("authorisationPeriod", s.authorisationPeriod());
        m.put("juvenileAuthorisationPeriod", s.juvenileAuthorisationPeriod());
        m.put("urgentOralPeriod", s.urgentOralPeriod());
        m.put("reviewInterval", s.reviewInterval());
        m.put("juvenileReviewInterval", s.juvenileReviewInterval());
        m.put("validationInterval", s.validationInterval());
        m.put("enhancedReviewAfter", s.enhancedReviewAfter());
        m.put("continuousUseGap", s.continuousUseGap());
        m.put("oiaMaxDays", String.valueOf(s.oiaMaxDays()));
        m.put("oiaNotificationDays", String.valueOf(s.oiaNotificationDays()));
        m.put("instructionsInterval", s.instructionsInterval());
        m.put("juvenileAge", String.valueOf(s.juvenileAge()));
        m.put("appropriateAdultAge", String.valueOf(s.appropriateAdultAge()));
        m.put("prospectContactThreshold", String.valueOf(s.prospectContactThreshold()));
        m.put("prospectDayThreshold", String.valueOf(s.prospectDayThreshold()));
        m.put("retentionAfterAuthorisation", s.retentionAfterAuthorisation());
        m.put("intelligenceRetention", s.intelligenceRetention());
        m.put("currency", s.currency());
        m.put("seniorPaymentThreshold", plain(s.seniorPaymentThreshold()));
        m.put("headquartersPaymentThreshold", plain(s.headquartersPaymentThreshold()));
        m.put("annualHeadquartersThreshold", plain(s.annualHeadquartersThreshold()));
        m.put("lifetimeHeadquartersThreshold", plain(s.lifetimeHeadquartersThreshold()));
        m.put("tenureGamingWindowDays", s.tenureGamingWindowDays() == null ? null : String.valueOf(s.tenureGamingWindowDays()));
        m.put("reportDatePrecision", s.reportDatePrecision());
        m.put("errorReportingWorkingDays", s.errorReportingWorkingDays() == null ? null : String.valueOf(s.errorReportingWorkingDays()));
        m.put("deconflictionChecksPerDay", s.deconflictionChecksPerDay() == null ? null : String.valueOf(s.deconflictionChecksPerDay()));
        return m;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
