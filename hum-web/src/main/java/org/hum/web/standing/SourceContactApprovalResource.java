package org.hum.web.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.standing.StandingReason;
import org.hum.standing.boundary.SourceStandings;

/**
 * {@code POST /api/sources/{id}/contact-approvals} {reason}: a senior approver approves
 * contact with a source closed for cause (201, with the standing showing until when).
 */
@ApplicationScoped
@Path("sources/{id}/contact-approvals")
@Produces(MediaType.APPLICATION_JSON)
public class SourceContactApprovalResource {
    @Inject
    SourceStandings standings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id, @NotNull @Valid StandingReason approval) {
        return Response.status(201).entity(standings.approveContact(id, approval)).build();
    }
}
