package org.hum.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.admin.PortView;
import org.hum.api.reporting.IdentifyingDetailFound;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReportCheckView;
import org.hum.api.reporting.ReportDraft;
import org.hum.api.reporting.ReportFinding;
import org.hum.api.reporting.ReportItemView;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.ReportView;
import org.hum.api.reporting.Withdrawal;
import org.hum.api.reporting.SourceDescriptionView;
import org.hum.api.reporting.Tlp;
import org.hum.api.error.HumException;
import org.hum.reporting.boundary.ReportLists;
import org.hum.reporting.boundary.Reports;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One report: its author's editor (restricted part above the tearline, releasable part below,
 * the identifying-detail check's findings marked in place), submission, approval by a second
 * person, and the released report as the caller may see it. The report's id travels in the
 * request parameter {@code id}; a new draft starts from the item in {@code item}.
 */
@Named
@RequestScoped
public class ReportPage {
    static final String FORM = "report";

    @Inject
    Reports reports;

    @Inject
    PortsOfEntry portsOfEntry;

    @Inject
    ReportLists lists;

    @Inject
    FacesContext faces;

    private String id;
    private ReportView view;
    private boolean loaded;
    private List<ReportFinding> findings;
    private List<ReportItemView> available;

    private String title;
    private List<String> itemIds = new ArrayList<>();
    private String notes;
    private String releasableText;
    private String subject;
    private String area;
    private List<String> ports = List.of();
    private List<PortView> portList;
    private String concerning;
    private String sourceDescriptionId;
    private String tlp = Tlp.AMBER.wire();
    private List<String> releasableTo = new ArrayList<>();
    private String recipients;
    private String purpose;
    /** Why the report is withdrawn (it reaches the partners with the recall). */
    private String reason;

    /** A piece of the releasable text: plain, or an identifying detail the check found there. */
    public record Piece(String text, String kind, int start, boolean finding) {
    }

    private String param(String name) {
        String v = faces.getExternalContext().getRequestParameterMap().get(name);
        return v == null || v.isBlank() ? null : v;
    }

    public String getId() {
        if (id == null) {
            id = param("id");
        }
        return id;
    }

    /** The report as the caller may see it; null for a new draft or one not found. */
    public ReportView getView() {
        if (!loaded) {
            loaded = true;
            if (getId() != null) {
                view = PageAction.onTop(faces).call(() -> reports.find(id));
                if (view != null && title == null) {
                    fill(view);
                }
            } else if (param("item") != null && itemIds.isEmpty()) {
                itemIds.add(param("item"));
            }
        }
        return view;
    }

    private void fill(ReportView v) {
        title = v.title();
        if (v.restricted() != null) {
            itemIds = new ArrayList<>(v.restricted().items().stream().map(ReportItemView::itemId).toList());
            notes = v.restricted().notes();
        }
        releasableText = v.releasable().text();
        ports = v.releasable().ports() == null ? List.of() : v.releasable().ports();
        concerning = dayOf(v.releasable().concerning());
        String described = v.releasable().sourceDescription();
        boolean mine = v.author().equals(faces.getExternalContext().getRemoteUser());
        sourceDescriptionId = described == null || !mine ? null : getDescriptions().stream().filter(d -> d.text().equals(described))
                .map(SourceDescriptionView::id).findFirst().orElse(null);
        subject = v.releasable().subject();
        area = v.releasable().area();
        tlp = v.tlp();
        releasableTo = new ArrayList<>(v.releasableTo().stream().map(Enum::name).toList());
        recipients = String.join(", ", v.recipients());
        purpose = v.purpose();
    }

    public boolean isAuthor() {
        ReportView v = getView();
        return v != null && v.author().equals(faces.getExternalContext().getRemoteUser());
    }

    /** The author edits a draft or a submission (a new draft); a new report is edited by its officer. */
    public boolean isEditable() {
        ReportView v = getView();
        return v == null ? getId() == null && faces.getExternalContext().isUserInRole("REPORTS_OFFICER")
                : isAuthor() && (v.status() == ReportStatus.DRAFT || v.status() == ReportStatus.SUBMITTED);
    }

    /** A second person may approve a submitted report (the author never sees the button). */
    public boolean isApprovable() {
        ReportView v = getView();
        return v != null && v.status() == ReportStatus.SUBMITTED && !isAuthor();
    }

    /** The check's findings: those of the last refusal, else the check of the stored version. */
    public List<ReportFinding> getFindings() {
        if (findings == null) {
            ReportView v = getView();
            findings = List.of();
            if (v != null && isAuthor() && v.status() == ReportStatus.DRAFT) {
                ReportCheckView check = PageAction.quietly(() -> reports.check(v.id()), null);
                findings = check == null ? List.of() : check.findings();
            }
        }
        return findings;
    }

    /** The releasable text cut at the findings' offsets (field releasableText), for marking them in place. */
    public List<Piece> getPieces() {
        String text = releasableText == null ? "" : releasableText;
        List<ReportFinding> marks = getFindings().stream().filter(f -> "releasableText".equals(f.field()))
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        return pieces(text, marks);
    }

    /** A short field that leaves with the report, cut at its findings' offsets. */
    public record Marked(String field, String label, List<Piece> pieces) {
    }

    /**
     * The title, subject, area and purpose, each that holds a finding, cut at the findings'
     * offsets as the releasable text is, for marking them in place.
     */
    public List<Marked> getMarkedFields() {
        return marked(new String[][]{{"title", "Title", title}, {"subject", "Subject", subject}, {"area", "Area", area},
                {"purpose", "Purpose of release", purpose}}, getFindings());
    }

    /** Each field given as {name, label, text} that holds a finding, cut at its findings. */
    static List<Marked> marked(String[][] fields, List<ReportFinding> findings) {
        List<Marked> out = new ArrayList<>();
        for (String[] f : fields) {
            List<ReportFinding> marks = findings.stream().filter(x -> f[0].equals(x.field()))
                    .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
            if (!marks.isEmpty()) {
                out.add(new Marked(f[0], f[1], pieces(f[2] == null ? "" : f[2], marks)));
            }
        }
        return out;
    }

    static List<Piece> pieces(String text, List<ReportFinding> marks) {
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (ReportFinding f : marks) {
            int start = Math.max(at, Math.min(f.start(), text.length()));
            int end = Math.max(start, Math.min(f.end(), text.length()));
            if (start > at) {
                out.add(new Piece(text.substring(at, start), null, at, false));
            }
            if (end > start) {
                out.add(new Piece(text.substring(start, end), f.kind().name(), start, true));
            }
            at = end;
        }
        if (at < text.length()) {
            out.add(new Piece(text.substring(at), null, at, false));
        }
        return out;
    }

    public List<ReportItemView> getAvailable() {
        if (available == null) {
            available = isEditable() ? PageAction.quietly(reports::availableItems, List.of()) : List.of();
        }
        return available;
    }

    private List<SourceDescriptionView> descriptions;

    /** The approved source descriptions in force (for the author's choice). */
    public List<SourceDescriptionView> getDescriptions() {
        if (descriptions == null) {
            descriptions = PageAction.quietly(() -> lists.descriptions(false), List.of());
        }
        return descriptions;
    }

    public List<String> getTlps() {
        return Arrays.stream(Tlp.values()).map(Tlp::wire).toList();
    }

    public PartnerKind[] getPartnerKinds() {
        return PartnerKind.values();
    }

    /** The CSS class of a TLP marking's label: tlp-amber-strict for AMBER+STRICT. */
    public String tlpClass(String wire) {
        return wire == null ? "tlp" : "tlp tlp-" + wire.toLowerCase().replace('+', '-');
    }

    public String getTlpClass() {
        return tlpClass(getView() == null ? tlp : getView().tlp());
    }

    private ReportDraft draft() {
        List<String> names = recipients == null || recipients.isBlank() ? List.of()
                : Arrays.stream(recipients.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReportDraft(title, List.copyOf(itemIds), notes, releasableText, subject, area, ports, Inputs.date("concerning", concerning),
                sourceDescriptionId == null || sourceDescriptionId.isBlank() ? null : sourceDescriptionId, tlp,
                releasableTo.stream().map(PartnerKind::valueOf).toList(), names, purpose);
    }

    /** Saves the draft (new or in place) and shows it again with the check's findings. */
    public String save() throws IOException {
        PageAction action = PageAction.on(faces, FORM);
        ReportView saved = action.call(() -> {
            try {
                return getId() == null ? reports.create(draft()) : reports.update(id, draft());
            } catch (IdentifyingDetailFound e) {
                findings = e.findings(); // a purpose holding a detail: marked in place, as the check's findings are
                throw e;
            }
        });
        if (saved != null) {
            PageAction.confirm(faces, "Draft saved.");
            PageAction.redirect(faces, "/reports/report.xhtml?id=" + saved.id());
        }
        return null;
    }

    /** Submits the stored draft for approval; a refusal of the check marks the findings in place. */
    public String submit() throws IOException {
        return step("Submitted for approval.", () -> reports.submit(getId()));
    }

    public String approve() throws IOException {
        return step("Report approved and released.", () -> reports.approve(getId()));
    }

    /**
     * Its author, or a controller, may withdraw an open report: every version closes, and every
     * partner that received any released version is recalled with the reason (docs/domain.md,
     * "Lifecycle").
     */
    public boolean isWithdrawable() {
        ReportView v = getView();
        return v != null && (v.status() == ReportStatus.DRAFT || v.status() == ReportStatus.SUBMITTED
                || v.status() == ReportStatus.RELEASED)
                && (isAuthor() || faces.getExternalContext().isUserInRole("CONTROLLER"));
    }

    public String withdraw() throws IOException {
        String why = reason;
        reason = null;
        return step("Report withdrawn; every partner that received it is recalled.",
                () -> reports.withdraw(getId(), new Withdrawal(why)));
    }

    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }

    private String step(String done, PageAction.Step step) throws IOException {
        try {
            step.run();
        } catch (IdentifyingDetailFound e) {
            findings = e.findings();
            PageAction.onTop(faces).show(e);
            return null;
        } catch (HumException | ConstraintViolationException e) {
            PageAction.onTop(faces).show(e);
            return null;
        }
        PageAction.confirm(faces, done);
        PageAction.redirect(faces, "/reports/report.xhtml?id=" + getId());
        return null;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public List<String> getItemIds() { return itemIds; }
    public void setItemIds(List<String> v) { this.itemIds = v == null ? new ArrayList<>() : v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
    public String getReleasableText() { return releasableText; }
    public void setReleasableText(String v) { this.releasableText = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { this.subject = v; }
    public String getArea() { return area; }
    public void setArea(String v) { this.area = v; }
    public String getConcerning() { return concerning; }
    public void setConcerning(String v) { this.concerning = v; }

    /** The codes of the ports chosen (the form offers only the list's; the server checks them again). */
    public List<String> getPortNames() {
        return ports;
    }

    public void setPortNames(List<String> codes) {
        this.ports = codes == null ? List.of() : List.copyOf(codes);
    }

    /** The ports in service, west to east, and any retired one this version already names (refused on saving). */
    public List<PortView> getPortsOfEntry() {
        if (portList == null) {
            List<PortView> all = PageAction.quietly(portsOfEntry::list, List.of());
            portList = all.stream().filter(p -> !p.retired() || ports.contains(p.code())).toList();
        }
        return portList;
    }

    /**
     * A day within the stored precision (2026-W45: that week's Monday; 2026-11: the first of the
     * month; 2026-11-03: that day), so that saving the draft again keeps what was stored.
     */
    static String dayOf(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            if (stored.contains("-W")) {
                return LocalDate.parse(stored + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE).toString();
            }
            if (stored.length() == 7) {
                return java.time.YearMonth.parse(stored).atDay(1).toString();
            }
            return LocalDate.parse(stored).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
    public String getSourceDescriptionId() { return sourceDescriptionId; }
    public void setSourceDescriptionId(String v) { this.sourceDescriptionId = v; }
    public String getTlp() { return tlp; }
    public void setTlp(String v) { this.tlp = v; }
    public List<String> getReleasableTo() { return releasableTo; }
    public void setReleasableTo(List<String> v) { this.releasableTo = v == null ? new ArrayList<>() : v; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String v) { this.recipients = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
}
