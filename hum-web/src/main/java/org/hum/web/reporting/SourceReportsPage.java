package org.hum.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.reporting.ReportUsageView;
import org.hum.reporting.boundary.Reports;
import org.hum.web.platform.PageAction;

import java.util.List;

/** On the source page, for the file's case officers: the reports drawing on its items. */
@Named
@RequestScoped
public class SourceReportsPage {
    @Inject
    Reports reports;

    @Inject
    FacesContext faces;

    private List<ReportUsageView.Use> uses;

    /** The reports drawing on this file's items; empty for anyone not handling it. */
    public List<ReportUsageView.Use> uses(String sourceId) {
        if (uses == null) {
            ReportUsageView usage = faces.getExternalContext().isUserInRole("CASE_OFFICER")
                    ? PageAction.quietly(() -> reports.usageIfHandling(sourceId).orElse(null), null) : null;
            uses = usage == null ? List.of() : usage.uses();
        }
        return uses;
    }
}
