package org.hum.web.contact;

import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.admin.PortView;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.contact.ContactDraftRequest;
import org.hum.api.contact.ContactDraftView;
import org.hum.api.contact.ContactMethod;
import org.hum.api.contact.ContactReportView;
import org.hum.api.contact.ContactReportsView;
import org.hum.api.contact.CorrectionRequest;
import org.hum.api.contact.PresentRole;
import org.hum.api.contact.TaskingOptionView;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.contact.boundary.ContactDrafts;
import org.hum.contact.boundary.ContactReports;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's contact reports page: the reports with their versions, the risk assessment, and the
 * form ({@link ContactForm}) to log a contact with one or more intelligence items, or to correct
 * a report as its next version. What is typed is saved on the server as a draft on every change
 * (a lost connection loses nothing: the draft is listed on the officer's dashboard and reopens
 * here with {@code &draft=}); the submission carries an idempotency key chosen when the page
 * opened, so a repeated click records one report. The core checks every rule; a refusal shows
 * beside its field or on top.
 */
@Named
@ViewScoped
public class ContactsBean extends ContactForm {
    private static final long serialVersionUID = 1L;
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    @Inject
    PortsOfEntry portsOfEntry;

    private transient java.util.List<PortView> portList;

    @Inject
    ContactReports reports;

    @Inject
    ContactDrafts drafts;

    private String id;
    private String draft;
    private boolean initialised;
    /** The report being corrected (its id), or null when a new contact is logged. */
    private String correct;
    /** The first report of the page shown (0, the latest), from {@code &from=}. */
    private int from;
    private int correctedVersion;
    private String correctionReason;
    private transient ContactReportsView view;
    private transient boolean loaded;
    private transient List<TaskingOptionView> taskings;
    private transient GradingVocabularyView vocabulary;
    private final String submissionKey = UUID.randomUUID().toString();
    private String draftStatus;
    private List<String> warnings = List.of();

    /**
     * On the page's first request: the source id, a draft id (new, or the one to resume with
     * {@code &draft=}), and the resumed draft's content, or the report to correct with
     * {@code &correct=}. Read from the request itself: the view lives on across the form's requests.
     */
    @PostConstruct
    public void init() {
        if (initialised) {
            return;
        }
        initialised = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        var params = faces.getExternalContext().getRequestParameterMap();
        if (id == null) {
            id = params.get("id");
        }
        String page = params.get("from");
        if (page != null && page.strip().matches("\\d{1,9}")) {
            from = Integer.parseInt(page.strip());
        }
        if (draft == null) {
            draft = params.get("draft");
        }
        if (correct == null && !blank(params.get("correct"))) {
            draft = UUID.randomUUID().toString(); // a correction is never saved as a draft
            String wanted = params.get("correct").strip();
            ContactReportView report = PageAction.read(() -> reports.report(wanted),
                    "your roles do not allow correcting contact reports",
                    refusal -> PageAction.error(faces, "That report cannot be corrected here: " + refusal));
            if (report != null) {
                correct = report.id();
                correctedVersion = report.current().version();
                fill(asRequest(report.current()));
            }
            return;
        }
        if (blank(draft)) {
            draft = UUID.randomUUID().toString();
            startNow(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
            return;
        }
        String reopened = draft;
        ContactDraftView d = PageAction.quietly(() -> drafts.draft(reopened), null);
        if (d == null) {
            draft = UUID.randomUUID().toString();
            return;
        }
        fill(d.report());
        warnings = d.warnings();
        draftStatus = "Draft reopened, last saved " + d.updatedAt();
    }

    public ContactReportsView getView() {
        if (!loaded) {
            loaded = true;
            view = PageAction.quietly(() -> reports.list(id, from, ContactReportsView.PAGE), null);
        }
        return view;
    }

    public List<TaskingOptionView> getTaskings() {
        if (taskings == null) {
            taskings = getView() != null && getView().mayRecord() ? PageAction.quietly(() -> reports.openTaskings(id), List.of())
                    : List.of();
        }
        return taskings;
    }

    public GradingVocabularyView getVocabulary() {
        if (vocabulary == null) {
            vocabulary = PageAction.quietly(reports::vocabulary, null);
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
        if (!addTypedItem()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            PageAction.on(faces, FORM).show(HumException.invalid("itemText", "is required: what the source reported"));
            return;
        }
        saveDraft();
    }

    /** Saves what is typed as the draft (on every change). */
    public void saveDraft() {
        ContactDraftView saved = PageAction.read(() -> drafts.save(draft, new ContactDraftRequest(id, request(true))).draft(),
                "your roles do not allow recording contacts", refusal -> draftStatus = "Draft not saved: " + refusal);
        if (saved != null) {
            warnings = saved.warnings();
            draftStatus = "Draft saved " + saved.updatedAt();
        }
    }

    /** Submits the form as the next version of the report being corrected, with the reason. */
    public String submitCorrection() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (correct == null) {
            PageAction.error(faces, "Choose the report to correct from the list first.");
            return null;
        }
        refusals(faces, "Your roles do not allow correcting contact reports.").run(() -> {
            var corrected = reports.correct(correct, new CorrectionRequest(correctionReason,
                    request(false).withKeys(submissionKey, null)), null).report();
            PageAction.confirm(faces, "The correction was recorded as version " + corrected.current().version()
                    + "; the earlier versions are kept.");
            PageAction.redirect(faces, "/sources/contacts.xhtml?id=" + id);
        });
        return null;
    }

    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        refusals(faces, "Your roles do not allow recording contacts.").run(() -> {
            reports.submit(id, request(false).withKeys(submissionKey, draft), null);
            PageAction.confirm(faces, "The contact report was submitted.");
            PageAction.redirect(faces, "/sources/contacts.xhtml?id=" + id);
        });
        return null;
    }

    private static PageAction refusals(FacesContext faces, String forbidden) {
        return PageAction.on(faces, FORM).fields(ContactsBean::onForm).forbidden(forbidden);
    }

    /**
     * Where a refusal of the form shows: an item's fields ({@code items[i].credibility}) beside
     * the item inputs, saying which item; the people present beside their inputs; the reason for
     * a correction beside it; the rest beside the field the core names.
     */
    static FieldError onForm(FieldError f) {
        String field = f.field().startsWith("request.") ? f.field().substring("request.".length()) : f.field();
        Matcher m = ITEM_FIELD.matcher(field);
        if (m.find()) {
            String name = m.group(2);
            return new FieldError("item" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    "Item " + (Integer.parseInt(m.group(1)) + 1) + ": " + f.message());
        }
        if (field.equals("reason")) {
            field = "correctionReason";
        } else if (field.startsWith("presentUsers")) {
            field = "presentUsers";
        } else if (field.startsWith("othersPresent")) {
            field = "otherDescription";
        } else {
            field = PageAction.lastName(field);
        }
        return new FieldError(field, f.message());
    }

    public boolean isCorrecting() { return correct != null; }
    public String getCorrect() { return correct; }
    public int getCorrectedVersion() { return correctedVersion; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
    public String getId() { return id; }
    public int getFrom() { return from; }
    /** The first report of the newer page, or -1 on the first page. */
    public int getNewerFrom() { return from == 0 ? -1 : Math.max(0, from - ContactReportsView.PAGE); }
    /** The first report of the older page, or -1 when this page shows the oldest. */
    public int getOlderFrom() {
        return getView() == null || from + getView().reports().size() >= getView().total() ? -1 : from + getView().reports().size();
    }
    public void setId(String id) { this.id = id; }
    public String getDraft() { return draft; }
    public void setDraft(String draft) { this.draft = draft; }
    public String getDraftStatus() { return draftStatus; }
    public List<String> getWarnings() { return warnings; }

    /** The ports of entry in service, west to east, for an item's choice. */
    public java.util.List<PortView> getPortsInService() {
        if (portList == null) {
            java.util.List<PortView> found = PageAction.quietly(portsOfEntry::list, java.util.List.of());
            portList = found.stream().filter(p -> !p.retired()).toList();
        }
        return portList;
    }
}
