package org.hum.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.reporting.ReportUsageView;
import org.hum.reporting.boundary.Reports;

/** For the file's case officer: which of its items went into which report (docs/api.md, "Reports"). */
@ApplicationScoped
@Path("sources/{id}/report-usage")
@Produces(MediaType.APPLICATION_JSON)
public class SourceReportUsageResource {
    @Inject
    Reports reports;

    @GET
    public ReportUsageView usage(@PathParam("id") String id) {
        return reports.usage(id);
    }
}
