package org.hum.web.contact;

import org.hum.web.platform.Messages;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.contact.ContactDraftView;
import org.hum.api.contact.ContactMethod;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.ContactReportsView;
import org.hum.api.contact.IntelligenceItemInput;
import org.hum.api.contact.OtherPresent;
import org.hum.api.contact.PresentRole;
import org.hum.api.contact.TaskingOptionView;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.contact.boundary.ContactDrafts;
import org.hum.contact.boundary.ContactReports;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's contact reports page: the reports with their versions, the risk assessment, and the
 * form to log a contact with one or more intelligence items. What is typed is saved on the server
 * as a draft on every change (a lost connection loses nothing: the draft is listed on the
 * officer's dashboard and reopens here with {@code &draft=}); the submission carries an
 * idempotency key chosen when the page opened, so a repeated click records one report. The
 * core checks every rule; a refusal shows beside its field or on top.
 */
@Named
@ViewScoped
public class ContactsBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "contact";
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    @Inject
    ContactReports reports;

    @Inject
    ContactDrafts drafts;

    private String id;
    private String draft;
    private boolean initialised;
    /** The report being corrected (its id), or null when a new contact is logged. */
    private String correct;
    private int correctedVersion;
    private String correctionReason;
    private transient ContactReportsView view;
    private transient boolean loaded;
    private List<TaskingOptionView> taskings;
    private GradingVocabularyView vocabulary;
    private String submissionKey = UUID.randomUUID().toString();

    private String occurredAt;
    private String method = "MEETING";
    private String place;
    private String durationMinutes;
    private String narrative;
    private String presentUsers;
    private String otherRole;
    private String otherDescription;
    private boolean welfareConcern;
    private String welfareText;
    private boolean securityConcern;
    private String securityText;
    private String nextContactAt;
    private final List<ItemRow> items = new ArrayList<>();
    private String itemText;
    private String itemCredibility;
    private String itemHandling;
    private String itemTasking;
    private String draftStatus;
    private List<String> warnings = List.of();

    /** An item added to the form (kept for the view). */
    public record ItemRow(String text, String credibility, String handling, String taskingId) implements Serializable {
    }

    /**
     * On the page's first request: the source id, a draft id (new, or the one to resume with
     * {@code &draft=}), and the resumed draft's content. Read from the request itself: the view
     * lives on across the form's requests.
     */
    @jakarta.annotation.PostConstruct
    public void init() {
        if (initialised) {
            return;
        }
        initialised = true;
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (id == null) {
            id = params.get("id");
        }
        if (draft == null) {
            draft = params.get("draft");
        }
        if (correct == null && params.get("correct") != null && !params.get("correct").isBlank()) {
            correct = params.get("correct").strip();
            draft = UUID.randomUUID().toString(); // a correction is never saved as a draft
            try {
                var report = reports.report(correct);
                correct = report.id();
                correctedVersion = report.current().version();
                fill(asRequest(report.current()));
            } catch (HumException | EJBAccessException | AccessLocalException e) {
                correct = null;
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "That report cannot be corrected here: " + e.getMessage(), null));
            }
            return;
        }
        if (draft == null || draft.isBlank()) {
            draft = UUID.randomUUID().toString();
            occurredAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
            return;
        }
        try {
            ContactDraftView d = drafts.draft(draft);
            fill(d.report());
            warnings = d.warnings();
            draftStatus = "Draft reopened, last saved " + d.updatedAt();
        } catch (HumException | EJBAccessException | AccessLocalException e) {
            draft = UUID.randomUUID().toString();
        }
    }

    public ContactReportsView getView() {
        if (!loaded) {
            loaded = true;
            view = call(() -> reports.list(id));
        }
        return view;
    }

    public List<TaskingOptionView> getTaskings() {
        if (taskings == null) {
            List<TaskingOptionView> found = getView() != null && getView().mayRecord() ? call(() -> reports.openTaskings(id)) : null;
            taskings = found == null ? List.of() : found;
        }
        return taskings;
    }

    public GradingVocabularyView getVocabulary() {
        if (vocabulary == null) {
            vocabulary = call(reports::vocabulary);
        }
        return vocabulary;
    }

    public List<ContactMethod> getMethods() {
        return Arrays.asList(ContactMethod.values());
    }

    public List<PresentRole> getRoles() {
        return Arrays.asList(PresentRole.values());
    }

    /** Adds the item being typed to the report's items. */
    public void addItem() {
        if (blank(itemText)) {
            FacesContext.getCurrentInstance().addMessage(FORM + ":itemText",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "is required: what the source reported", null));
            return;
        }
        items.add(new ItemRow(itemText.strip(), itemCredibility, itemHandling, blank(itemTasking) ? null : itemTasking));
        itemText = null;
        itemCredibility = null;
        itemHandling = null;
        itemTasking = null;
        saveDraft();
    }

    /** Saves what is typed as the draft (on every change). */
    public void saveDraft() {
        try {
            ContactDraftView saved = drafts.save(draft, new org.hum.api.contact.ContactDraftRequest(id, request(true)))
                    .draft();
            warnings = saved.warnings();
            draftStatus = "Draft saved " + saved.updatedAt();
        } catch (HumException e) {
            draftStatus = "Draft not saved: " + e.getMessage();
        } catch (ConstraintViolationException e) {
            draftStatus = "Draft not saved: a field is too long";
        } catch (EJBAccessException | AccessLocalException e) {
            draftStatus = "Draft not saved: your roles do not allow recording contacts";
        }
    }

    /** The version as the form's request, to be corrected. */
    private static ContactReportRequest asRequest(org.hum.api.contact.ContactVersionView v) {
        List<String> users = v.present().stream().filter(p -> p.username() != null).map(p -> p.username()).toList();
        List<org.hum.api.contact.OtherPresent> others = v.present().stream().filter(p -> p.username() == null)
                .map(p -> new org.hum.api.contact.OtherPresent(p.role(), p.description())).toList();
        List<org.hum.api.contact.IntelligenceItemInput> items = v.items().stream()
                .map(i -> new org.hum.api.contact.IntelligenceItemInput(i.text(), i.credibility(), i.handling(), i.taskingId()))
                .toList();
        return new ContactReportRequest(v.occurredAt(), v.method(), v.place(), v.durationMinutes(), v.narrative(), users,
                others, items, v.welfareConcern(), v.welfareText(), v.securityConcern(), v.securityText(), v.nextContactAt(),
                null, null);
    }

    /** Submits the form as the next version of the report being corrected, with the reason. */
    public String submitCorrection() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (correct == null) {
            Messages.error(faces, "Choose the report to correct from the list first.");
            return null;
        }
        try {
            var corrected = reports.correct(correct, new org.hum.api.contact.CorrectionRequest(correctionReason,
                    request(false).withKeys(submissionKey, null)), null).report();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "The correction was recorded as version "
                    + corrected.current().version() + "; the earlier versions are kept.", null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sources/contacts.xhtml?id=" + id);
            faces.responseComplete();
        } catch (HumException e) {
            show(faces, e);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> show(faces, HumException.invalid(
                    v.getPropertyPath().toString().endsWith("reason") ? "correctionReason" : "narrative", v.getMessage())));
        } catch (EJBAccessException | AccessLocalException e) {
            Messages.error(faces, "Your roles do not allow correcting contact reports.");
        }
        return null;
    }

    public boolean isCorrecting() {
        return correct != null;
    }

    public String getCorrect() {
        return correct;
    }

    public int getCorrectedVersion() {
        return correctedVersion;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ContactReportRequest request = request(false).withKeys(submissionKey, draft);
            reports.submit(id, request, null);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "The contact report was submitted.", null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sources/contacts.xhtml?id=" + id);
            faces.responseComplete();
        } catch (HumException e) {
            show(faces, e);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                StringBuilder path = new StringBuilder();
                for (var node : v.getPropertyPath()) {
                    if (node.getIndex() != null && path.length() > 0) {
                        path.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("arg") && !node.getName().equals("submit")
                            && !node.getName().equals("request")) {
                        path.append(path.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
                String p = path.toString();
                show(faces, HumException.invalid(p.contains(".") && !p.startsWith("items") ? p.substring(p.lastIndexOf('.') + 1) : p,
                        v.getMessage()));
            });
        } catch (EJBAccessException | AccessLocalException e) {
            Messages.error(faces, "Your roles do not allow recording contacts.");
        }
        return null;
    }

    /** A refusal: item fields (items[i].credibility) beside the item inputs, the rest as the core names them. */
    private void show(FacesContext faces, HumException e) {
        if (e.fieldErrors().isEmpty()) {
            Messages.error(faces, e.getMessage());
            return;
        }
        for (FieldError f : e.fieldErrors()) {
            Matcher m = ITEM_FIELD.matcher(f.field());
            String field = f.field();
            String message = f.message();
            if (m.find()) {
                String name = m.group(2);
                field = "item" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
                message = "Item " + (Integer.parseInt(m.group(1)) + 1) + ": " + message;
            } else if (field.startsWith("presentUsers")) {
                field = "presentUsers";
            } else if (field.startsWith("othersPresent")) {
                field = "otherDescription";
            }
            faces.addMessage(FORM + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    /**
     * A draft from the form's fields as the browser sends them (the draft servlet): leniently,
     * what does not parse yet is left out. Items already added come as hidden {@code addedItem}
     * fields, "credibility|handling|taskingId|text".
     */
    static ContactReportRequest draftOf(java.util.Map<String, String[]> params) {
        ContactsBean b = new ContactsBean();
        b.occurredAt = one(params, "occurredAt");
        b.method = one(params, "method");
        b.place = one(params, "place");
        b.durationMinutes = one(params, "durationMinutes");
        b.narrative = one(params, "narrative");
        b.presentUsers = one(params, "presentUsers");
        b.otherRole = one(params, "otherRole");
        b.otherDescription = one(params, "otherDescription");
        b.itemText = one(params, "itemText");
        b.itemCredibility = one(params, "itemCredibility");
        b.itemHandling = one(params, "itemHandling");
        b.itemTasking = one(params, "itemTasking");
        b.welfareConcern = one(params, "welfareConcern") != null;
        b.welfareText = one(params, "welfareText");
        b.securityConcern = one(params, "securityConcern") != null;
        b.securityText = one(params, "securityText");
        b.nextContactAt = one(params, "nextContactAt");
        for (String added : params.getOrDefault("addedItem", new String[0])) {
            String[] parts = added.split("\\|", 4);
            if (parts.length == 4) {
                b.items.add(new ItemRow(parts[3], parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1],
                        parts[2].isEmpty() ? null : parts[2]));
            }
        }
        try {
            return b.request(true);
        } catch (IllegalArgumentException e) {
            throw HumException.invalid("method", "must be one of the choices offered");
        }
    }

    private static String one(java.util.Map<String, String[]> params, String field) {
        String[] values = params.get(FORM + ":" + field);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** An added item as its hidden field carries it. */
    public String encode(ItemRow item) {
        return (item.credibility() == null ? "" : item.credibility()) + "|" + (item.handling() == null ? "" : item.handling())
                + "|" + (item.taskingId() == null ? "" : item.taskingId()) + "|" + item.text();
    }

    /** What the form says; for a draft, leniently (what does not parse yet is left out). */
    ContactReportRequest request(boolean lenient) {
        List<IntelligenceItemInput> all = new ArrayList<>();
        items.forEach(i -> all.add(new IntelligenceItemInput(i.text(), i.credibility(), i.handling(), i.taskingId())));
        if (!blank(itemText)) {
            all.add(new IntelligenceItemInput(itemText.strip(), itemCredibility, itemHandling, blank(itemTasking) ? null : itemTasking));
        }
        List<OtherPresent> others = new ArrayList<>();
        if (!blank(otherDescription) || !blank(otherRole)) {
            others.add(new OtherPresent(blank(otherRole) ? null : PresentRole.valueOf(otherRole), otherDescription));
        }
        List<String> users = new ArrayList<>();
        if (!blank(presentUsers)) {
            Arrays.stream(presentUsers.split("[,\\s]+")).filter(u -> !u.isBlank()).forEach(users::add);
        }
        return new ContactReportRequest(instant(occurredAt, "occurredAt", lenient), blank(method) ? null : ContactMethod.valueOf(method),
                place, minutes(lenient), narrative, users, others, all, welfareConcern, welfareText, securityConcern,
                securityText, instant(nextContactAt, "nextContactAt", lenient), null, null);
    }

    private void fill(ContactReportRequest r) {
        occurredAt = r.occurredAt() == null ? null : LocalDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC).toString();
        method = r.method() == null ? null : r.method().name();
        place = r.place();
        durationMinutes = r.durationMinutes() == null ? null : r.durationMinutes().toString();
        narrative = r.narrative();
        presentUsers = String.join(", ", r.presentUsers());
        if (!r.othersPresent().isEmpty()) {
            otherRole = r.othersPresent().get(0).role() == null ? null : r.othersPresent().get(0).role().name();
            otherDescription = r.othersPresent().get(0).description();
        }
        items.clear();
        r.items().forEach(i -> items.add(new ItemRow(i.text(), i.credibility(), i.handling(), i.taskingId())));
        welfareConcern = r.welfareConcern();
        welfareText = r.welfareText();
        securityConcern = r.securityConcern();
        securityText = r.securityText();
        nextContactAt = r.nextContactAt() == null ? null : LocalDateTime.ofInstant(r.nextContactAt(), ZoneOffset.UTC).toString();
    }

    private Integer minutes(boolean lenient) {
        if (blank(durationMinutes)) {
            return null;
        }
        try {
            return Integer.valueOf(durationMinutes.strip());
        } catch (NumberFormatException e) {
            if (lenient) {
                return null;
            }
            throw HumException.invalid("durationMinutes", "must be a whole number of minutes");
        }
    }

    private static Instant instant(String value, String field, boolean lenient) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            if (lenient) {
                return null;
            }
            throw HumException.invalid(field, "must be a date and time, such as 2027-03-15T14:30 (UTC)");
        }
    }

    private <T> T call(Supplier<T> s) {
        try {
            return s.get();
        } catch (HumException | EJBAccessException | AccessLocalException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(String durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getPresentUsers() {
        return presentUsers;
    }

    public void setPresentUsers(String presentUsers) {
        this.presentUsers = presentUsers;
    }

    public String getOtherRole() {
        return otherRole;
    }

    public void setOtherRole(String otherRole) {
        this.otherRole = otherRole;
    }

    public String getOtherDescription() {
        return otherDescription;
    }

    public void setOtherDescription(String otherDescription) {
        this.otherDescription = otherDescription;
    }

    public boolean isWelfareConcern() {
        return welfareConcern;
    }

    public void setWelfareConcern(boolean welfareConcern) {
        this.welfareConcern = welfareConcern;
    }

    public String getWelfareText() {
        return welfareText;
    }

    public void setWelfareText(String welfareText) {
        this.welfareText = welfareText;
    }

    public boolean isSecurityConcern() {
        return securityConcern;
    }

    public void setSecurityConcern(boolean securityConcern) {
        this.securityConcern = securityConcern;
    }

    public String getSecurityText() {
        return securityText;
    }

    public void setSecurityText(String securityText) {
        this.securityText = securityText;
    }

    public String getNextContactAt() {
        return nextContactAt;
    }

    public void setNextContactAt(String nextContactAt) {
        this.nextContactAt = nextContactAt;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getItemText() {
        return itemText;
    }

    public void setItemText(String itemText) {
        this.itemText = itemText;
    }

    public String getItemCredibility() {
        return itemCredibility;
    }

    public void setItemCredibility(String itemCredibility) {
        this.itemCredibility = itemCredibility;
    }

    public String getItemHandling() {
        return itemHandling;
    }

    public void setItemHandling(String itemHandling) {
        this.itemHandling = itemHandling;
    }

    public String getItemTasking() {
        return itemTasking;
    }

    public void setItemTasking(String itemTasking) {
        this.itemTasking = itemTasking;
    }

    public String getDraftStatus() {
        return draftStatus;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
