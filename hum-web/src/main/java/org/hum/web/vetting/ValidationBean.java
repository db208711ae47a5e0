package org.hum.web.vetting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.source.AccessKind;
import org.hum.api.source.Motivation;
import org.hum.api.vetting.ConclusionRequest;
import org.hum.api.vetting.CriminalHistory;
import org.hum.api.vetting.DissentRequest;
import org.hum.api.vetting.GradesView;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.api.vetting.NewGrade;
import org.hum.api.vetting.SubjectStatus;
import org.hum.api.vetting.ValidationFindings;
import org.hum.api.vetting.ValidationView;
import org.hum.api.vetting.ValidationsView;
import org.hum.vetting.boundary.Grading;
import org.hum.vetting.boundary.Vetting;
import org.hum.web.platform.PageAction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A source's validation and grading page: the computed standing, every validation with its
 * conclusion and dissents, the grade history, and the forms to record findings, conclude,
 * dissent and grade. The core decides who may do what; a refusal shows its message here.
 * Values live only for the request.
 */
@Named
@RequestScoped
public class ValidationBean {
    static final String FINDINGS = "findings";
    static final String CONCLUDE = "conclude";
    static final String DISSENT = "dissent";
    static final String GRADE = "grade";

    @Inject
    Vetting vetting;

    @Inject
    Grading grading;

    @Inject
    FacesContext faces;

    private String id;
    private String loadedFor;
    private ValidationsView validations;
    private GradesView grades;

    private String criminalHistory;
    private String criminalHistoryNotes;
    private String subjectStatus;
    private List<String> motivations;
    private String access;
    private String accessDetails;
    private String proofOfExistence;
    private String suitable;
    private String conclusionReasons;
    private String dissentReasons;
    private String grade;
    private String gradeReason;

    private void load() {
        if (id == null) {
            // a postback carries the id in a plain hidden field named "id" (view parameters reach the bean only later)
            id = faces.getExternalContext().getRequestParameterMap().get("id");
        }
        if (id == null || id.equals(loadedFor)) {
            return;
        }
        loadedFor = id;
        validations = call(() -> vetting.validations(id));
        grades = validations == null ? null : call(() -> grading.grades(id));
    }

    private void reload() {
        loadedFor = null;
        load();
    }

    public ValidationsView getValidations() {
        load();
        return validations;
    }

    public GradesView getGrades() {
        load();
        return grades;
    }

    public GradingVocabularyView getVocabulary() {
        return call(grading::vocabulary);
    }

    /** The validation awaiting its conclusion, if any. */
    public ValidationView getOpenValidation() {
        load();
        if (validations == null) {
            return null;
        }
        return validations.validations().stream().filter(v -> !v.concluded()).findFirst().orElse(null);
    }

    /** The latest concluded validation: the one a dissent is recorded beside. */
    public ValidationView getLatestConcluded() {
        load();
        if (validations == null) {
            return null;
        }
        return validations.validations().stream().filter(ValidationView::concluded).findFirst().orElse(null);
    }

    public List<Motivation> getMotivationChoices() {
        return Arrays.asList(Motivation.values());
    }

    public String recordFindings() {
        ValidationFindings f = new ValidationFindings(parse(CriminalHistory.class, criminalHistory),
                criminalHistoryNotes, parse(SubjectStatus.class, subjectStatus), motivationSet(),
                parse(AccessKind.class, access), accessDetails, proofOfExistence);
        if (act(FINDINGS, () -> vetting.recordFindings(id, f)) != null) {
            info("Findings recorded. A reviewer who is not the handler concludes the validation.");
        }
        return null;
    }

    public String conclude() {
        ValidationView open = getOpenValidation();
        if (open == null) {
            PageAction.error(faces, "No validation of this source awaits a conclusion.");
            return null;
        }
        Boolean verdict = suitable == null || suitable.isBlank() ? null : Boolean.valueOf(suitable);
        if (act(CONCLUDE, () -> vetting.conclude(id, open.id(), new ConclusionRequest(verdict, conclusionReasons))) != null) {
            info("Conclusion recorded. It is final; another reviewer may record a dissent beside it.");
        }
        return null;
    }

    public String dissent() {
        ValidationView concluded = getLatestConcluded();
        if (concluded == null) {
            PageAction.error(faces, "No validation of this source has a conclusion to dissent from.");
            return null;
        }
        if (act(DISSENT, () -> vetting.dissent(id, concluded.id(), new DissentRequest(dissentReasons))) != null) {
            info("Dissent recorded beside the conclusion.");
        }
        return null;
    }

    public String grade() {
        if (act(GRADE, () -> grading.grade(id, new NewGrade(grade, gradeReason))) != null) {
            info("Grade recorded.");
        }
        return null;
    }

    /** The action's answer (the page reloads what it shows), or null when refused. */
    private <T> T act(String form, Supplier<T> action) {
        T result = PageAction.on(faces, form).forbidden("Your roles do not allow this action.")
                .rules(v -> "Refused by rule " + v.rule() + ": " + v.getMessage()).call(action);
        if (result != null) {
            reload();
        }
        return result;
    }

    private <T> T call(Supplier<T> read) {
        return PageAction.onTop(faces).forbidden("Your roles do not include source files.").call(read);
    }

    private void info(String text) {
        PageAction.info(faces, text);
    }

    private Set<Motivation> motivationSet() {
        if (motivations == null) {
            return Set.of();
        }
        EnumSet<Motivation> out = EnumSet.noneOf(Motivation.class);
        motivations.stream().map(m -> parse(Motivation.class, m)).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCriminalHistory() { return criminalHistory; }
    public void setCriminalHistory(String v) { this.criminalHistory = v; }
    public String getCriminalHistoryNotes() { return criminalHistoryNotes; }
    public void setCriminalHistoryNotes(String v) { this.criminalHistoryNotes = v; }
    public String getSubjectStatus() { return subjectStatus; }
    public void setSubjectStatus(String v) { this.subjectStatus = v; }
    public List<String> getMotivations() { return motivations; }
    public void setMotivations(List<String> v) { this.motivations = v; }
    public String getAccess() { return access; }
    public void setAccess(String v) { this.access = v; }
    public String getAccessDetails() { return accessDetails; }
    public void setAccessDetails(String v) { this.accessDetails = v; }
    public String getProofOfExistence() { return proofOfExistence; }
    public void setProofOfExistence(String v) { this.proofOfExistence = v; }
    public String getSuitable() { return suitable; }
    public void setSuitable(String v) { this.suitable = v; }
    public String getConclusionReasons() { return conclusionReasons; }
    public void setConclusionReasons(String v) { this.conclusionReasons = v; }
    public String getDissentReasons() { return dissentReasons; }
    public void setDissentReasons(String v) { this.dissentReasons = v; }
    public String getGrade() { return grade; }
    public void setGrade(String v) { this.grade = v; }
    public String getGradeReason() { return gradeReason; }
    public void setGradeReason(String v) { this.gradeReason = v; }

    /** Whether the caller's roles allow an action at all (the core still decides). */
    public boolean isMayRecord() {
        return inRole("CASE_OFFICER") || inRole("CONTROLLER");
    }

    public boolean isMayReview() {
        return inRole("CONTROLLER") || inRole("AUTHORISING_OFFICER");
    }

    public boolean isMayGrade() {
        return inRole("CASE_OFFICER") || inRole("CONTROLLER") || inRole("AUTHORISING_OFFICER");
    }

    private boolean inRole(String role) {
        return Optional.ofNullable(faces.getExternalContext()).map(c -> c.isUserInRole(role)).orElse(false);
    }
}
