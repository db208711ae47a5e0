package org.hum.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.ContactReportsView;
import org.hum.contact.boundary.ContactReports;
import org.hum.web.platform.Inputs;

/**
 * {@code GET /api/sources/{id}/contact-reports}: a page of the source's contact reports with their
 * versions ({@code ?from=N&size=M}), and its risk assessment. {@code POST} submits one (201 with its Location; an idempotent repeat
 * under the same {@code Idempotency-Key} answers 200 with the report already made).
 */
@ApplicationScoped
@Path("sources/{id}/contact-reports")
@Produces(MediaType.APPLICATION_JSON)
public class SourceContactReportsResource {
    @Inject
    ContactReports reports;

    /** A page of the reports: {@code from} (0, the latest) and {@code size} (50 unless asked, at most 200). */
    @GET
    public ContactReportsView list(@PathParam("id") String id, @QueryParam("from") String from,
                                   @QueryParam("size") String size) {
        return reports.list(id, Inputs.position("from", from, 0),
                Inputs.number("size", size, ContactReportsView.PAGE, 1, ContactReportsView.MAX_PAGE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key,
                           @NotNull @Valid ContactReportRequest request, @Context UriInfo uri) {
        ContactReports.Submitted s = reports.submit(id, request, key);
        if (!s.created()) {
            return Response.ok(s.report()).header("Content-Location",
                    uri.getBaseUriBuilder().path("contact-reports").path(s.report().id()).build()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("contact-reports").path(s.report().id()).build())
                .entity(s.report()).build();
    }
}
