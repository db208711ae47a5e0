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
import org.hum.api.source.SourceStatus;
import org.hum.api.standing.StandingReason;
import org.hum.api.standing.StandingView;
import org.hum.standing.boundary.SourceStandings;

/**
 * {@code POST /api/sources/{id}/reactivation} {reason}: a deactivated source is active again
 * at once (200); for a source closed for cause the request is recorded and awaits a senior
 * approver (202). {@code POST .../reactivation/approval} {reason}: a senior approver who is
 * not the requester approves it (200).
 */
@ApplicationScoped
@Path("sources/{id}/reactivation")
@Produces(MediaType.APPLICATION_JSON)
public class SourceReactivationResource {
    @Inject
    SourceStandings standings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reactivate(@PathParam("id") String id, @NotNull @Valid StandingReason request) {
        StandingView view = standings.reactivate(id, request);
        return Response.status(view.status() == SourceStatus.ACTIVE ? 200 : 202).entity(view).build();
    }

    @POST
    @Path("approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public StandingView approve(@PathParam("id") String id, @NotNull @Valid StandingReason approval) {
        return standings.approveReactivation(id, approval);
    }
}
