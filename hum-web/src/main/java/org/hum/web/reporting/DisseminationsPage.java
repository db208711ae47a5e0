package org.hum.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.reporting.DisseminationAction;
import org.hum.api.reporting.DisseminationView;
import org.hum.reporting.boundary.ReportLists;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The dissemination log for compliance reviewers: who received which version of a report, when,
 * under which marking and why; searched by report, action and recipient, and exported as CSV
 * (the columns of {@code GET /api/disseminations?format=csv}).
 */
@Named
@RequestScoped
public class DisseminationsPage {
    private static final int MAX = 500;

    @Inject
    ReportLists lists;

    @Inject
    FacesContext faces;

    private String reportId;
    private String action;
    private String recipient;
    private List<DisseminationView> rows;

    /**
     * The rows the search finds, read once when the page is rendered: the table is also walked in
     * the phases of a postback before the form's fields reach this bean, and rows read then would
     * answer the search before last (an action chosen was not applied).
     */
    public List<DisseminationView> getRows() {
        if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        if (rows == null) {
            List<DisseminationView> found = PageAction.onTop(faces)
                    .forbidden("Your roles do not include the dissemination log.").call(this::search);
            rows = found == null ? List.of() : found;
        }
        return rows;
    }

    private List<DisseminationView> search() {
        return lists.disseminations(blank(reportId), action(), blank(recipient), null, null, MAX);
    }

    private DisseminationAction action() {
        return blank(action) == null ? null : DisseminationAction.valueOf(action);
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    public DisseminationAction[] getActions() {
        return DisseminationAction.values();
    }

    /** Sends the rows the search finds as a CSV file. */
    public void export() throws IOException {
        List<DisseminationView> found = PageAction.onTop(faces)
                .forbidden("Your roles do not include the dissemination log.").call(this::search);
        if (found == null) {
            return;
        }
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("text/csv;charset=UTF-8");
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"disseminations.csv\"");
        ext.getResponseOutputStream().write(DisseminationsResource.csv(found).getBytes(StandardCharsets.UTF_8));
        faces.responseComplete();
    }

    public String getReportId() { return reportId; }
    public void setReportId(String v) { this.reportId = v; }
    public String getAction() { return action; }
    public void setAction(String v) { this.action = v; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { this.recipient = v; }
}
