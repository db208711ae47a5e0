package org.hum.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.reporting.ReportItemView;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.ReportSummary;
import org.hum.reporting.boundary.Reports;
import org.hum.web.platform.PageAction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reports workspace: the items the officer may draw on, the reports by status, and the
 * approval queue (submitted reports of other authors); see docs/domain.md, "Sanitized reports".
 */
@Named
@RequestScoped
public class ReportsPage {
    private static final int SIZE = 100;

    @Inject
    Reports reports;

    @Inject
    FacesContext faces;

    private List<ReportItemView> items;
    private final Map<ReportStatus, List<ReportSummary>> byStatus = new EnumMap<>(ReportStatus.class);

    /** The graded items of the files the officer may see (reports officers only; empty for others). */
    public List<ReportItemView> getItems() {
        if (items == null) {
            items = faces.getExternalContext().isUserInRole("REPORTS_OFFICER")
                    ? PageAction.quietly(reports::availableItems, List.of()) : List.of();
        }
        return items;
    }

    public List<ReportSummary> getDrafts() {
        return of(ReportStatus.DRAFT);
    }

    public List<ReportSummary> getSubmitted() {
        return of(ReportStatus.SUBMITTED);
    }

    public List<ReportSummary> getReleased() {
        return of(ReportStatus.RELEASED);
    }

    /** Submitted reports someone other than the caller wrote: theirs to approve. */
    public List<ReportSummary> getQueue() {
        String me = faces.getExternalContext().getRemoteUser();
        return getSubmitted().stream().filter(r -> !r.author().equals(me)).toList();
    }

    private List<ReportSummary> of(ReportStatus status) {
        return byStatus.computeIfAbsent(status, s -> {
            List<ReportSummary> found = PageAction.onTop(faces).forbidden("Your roles do not include reports.")
                    .call(() -> reports.list(s, 0, SIZE).items());
            return found == null ? List.of() : found;
        });
    }
}
