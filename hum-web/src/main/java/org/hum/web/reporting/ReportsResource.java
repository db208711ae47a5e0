package org.hum.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.Page;
import org.hum.api.error.HumException;
import org.hum.api.reporting.ReportCheckView;
import org.hum.api.reporting.ReportDraft;
import org.hum.api.reporting.ReportItemView;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.ReportSummary;
import org.hum.api.reporting.ReportView;
import org.hum.api.reporting.Withdrawal;
import org.hum.reporting.boundary.Reports;

import java.util.List;
import java.util.Locale;

/**
 * Sanitized reports (docs/api.md, "Reports"): drafts, the check, submission, approval,
 * withdrawal, versions, and the items a reports officer may draw on.
 */
@ApplicationScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
    @Inject
    Reports reports;

    @GET
    public Page<ReportSummary> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        ReportStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ReportStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HumException.invalid("status", "must be DRAFT, SUBMITTED, RELEASED, WITHDRAWN or SUPERSEDED");
            }
        }
        if (page < 0) {
            throw HumException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw HumException.invalid("size", "must be 1 to " + Page.MAX_SIZE);
        }
        return reports.list(wanted, page, size);
    }

    @GET
    @Path("available-items")
    public List<ReportItemView> availableItems() {
        return reports.availableItems();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid ReportDraft draft, @Context UriInfo uri) {
        ReportView created = reports.create(draft);
        return Response.created(uri.getBaseUriBuilder().path("reports").path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public ReportView find(@PathParam("id") String id) {
        return reports.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportView update(@PathParam("id") String id, @NotNull @Valid ReportDraft draft) {
        return reports.update(id, draft);
    }

    @GET
    @Path("{id}/check")
    public ReportCheckView check(@PathParam("id") String id) {
        return reports.check(id);
    }

    @POST
    @Path("{id}/submission")
    public ReportView submit(@PathParam("id") String id) {
        return reports.submit(id);
    }

    @POST
    @Path("{id}/approval")
    public ReportView approve(@PathParam("id") String id) {
        return reports.approve(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportView withdraw(@PathParam("id") String id, @NotNull @Valid Withdrawal withdrawal) {
        return reports.withdraw(id, withdrawal);
    }
}
