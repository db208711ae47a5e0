package org.hum.web.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.error.HumException;
import org.hum.api.oversight.ErrorClosure;
import org.hum.api.oversight.ErrorKind;
import org.hum.api.oversight.ErrorReported;
import org.hum.api.oversight.NewRelevantError;
import org.hum.api.oversight.RelevantErrorView;
import org.hum.api.source.SourceSummary;
import org.hum.oversight.boundary.ErrorRegister;
import org.hum.source.boundary.SourceRegistry;
import org.hum.web.platform.Inputs;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/**
 * The error register page for compliance reviewers: the errors of the files they may see (overdue
 * first, then by deadline), recording one, recording its report to the oversight body, closing it.
 */
@Named
@RequestScoped
public class ErrorRegisterPage {
    static final String RECORD_FORM = "record";
    static final String REPORT_FORM = "report";
    static final String CLOSE_FORM = "close";
    private static final String FORBIDDEN = "The error register is for compliance reviewers.";

    @Inject
    ErrorRegister register;

    @Inject
    SourceRegistry sources;

    @Inject
    FacesContext faces;

    private List<RelevantErrorView> errors;
    private List<SourceSummary> files;
    private String status = "ALL";
    private String sourceId;
    private String kind = ErrorKind.OTHER.name();
    private String foundOn;
    private String description;
    private String reportId;
    private String reportedOn;
    private String reference;
    private String closeId;
    private String note;

    public List<RelevantErrorView> getErrors() {
        if (errors == null) {
            List<RelevantErrorView> found = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> register.register(status));
            errors = found == null ? List.of() : found.stream()
                    .sorted((a, b) -> a.overdue() != b.overdue() ? Boolean.compare(b.overdue(), a.overdue())
                            : a.reportDueOn().compareTo(b.reportDueOn())).toList();
        }
        return errors;
    }

    public List<RelevantErrorView> withStatus(String wanted) {
        return getErrors().stream().filter(e -> e.status().equals(wanted)).toList();
    }

    /** The files the reviewer may record an error against (the first page of their register). */
    public List<SourceSummary> getFiles() {
        if (files == null) {
            var page = PageAction.onTop(faces).forbidden(null).call(() -> sources.list(0, 100));
            files = page == null ? List.of() : page.items();
        }
        return files;
    }

    public ErrorKind[] getKinds() {
        return ErrorKind.values();
    }

    public String record() throws IOException {
        return PageAction.on(faces, RECORD_FORM).done(() -> register.record(new NewRelevantError(sourceId, kind(kind),
                Inputs.date("foundOn", foundOn), description)), "The error was recorded; its report is due as shown.",
                "/oversight/errors.xhtml?faces-redirect=true");
    }

    public String report() throws IOException {
        return PageAction.on(faces, REPORT_FORM).done(() -> register.report(reportId,
                        new ErrorReported(Inputs.date("reportedOn", reportedOn), Inputs.orNull(reference))),
                "The report to the oversight body was recorded.", "/oversight/errors.xhtml?faces-redirect=true");
    }

    public String close() throws IOException {
        return PageAction.on(faces, CLOSE_FORM).done(() -> register.close(closeId, new ErrorClosure(note)),
                "The error was closed.", "/oversight/errors.xhtml?faces-redirect=true");
    }

    private static ErrorKind kind(String name) {
        try {
            return ErrorKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HumException.invalid("kind", "choose one of the kinds listed");
        }
    }

    public String getStatus() { return status; }
    public void setStatus(String v) { this.status = v; }
    public String getSourceId() { return sourceId; }
    public void setSourceId(String v) { this.sourceId = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public String getFoundOn() { return foundOn; }
    public void setFoundOn(String v) { this.foundOn = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public String getReportId() { return reportId; }
    public void setReportId(String v) { this.reportId = v; }
    public String getReportedOn() { return reportedOn; }
    public void setReportedOn(String v) { this.reportedOn = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { this.reference = v; }
    public String getCloseId() { return closeId; }
    public void setCloseId(String v) { this.closeId = v; }
    public String getNote() { return note; }
    public void setNote(String v) { this.note = v; }
}
