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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.contact.ContactReportView;
import org.hum.api.contact.CorrectionRequest;
import org.hum.contact.boundary.ContactReports;

/**
 * {@code GET /api/contact-reports/{id}}: a report (by its id or any version's) with every
 * version, the current one the latest. {@code POST /api/contact-reports/{id}/corrections}
 * {reason, report}: a new version that keeps the old (201; an idempotent repeat answers 200).
 */
@ApplicationScoped
@Path("contact-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ContactReportsResource {
    @Inject
    ContactReports reports;

    @GET
    @Path("{id}")
    public ContactReportView report(@PathParam("id") String id) {
        return reports.report(id);
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key,
                            @NotNull @Valid CorrectionRequest correction, @Context UriInfo uri) {
        ContactReports.Submitted s = reports.correct(id, correction, key);
        var location = uri.getBaseUriBuilder().path("contact-reports").path(s.report().id()).build();
        return s.created() ? Response.created(location).entity(s.report()).build()
                : Response.ok(s.report()).header("Content-Location", location).build();
    }
}
