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
import org.hum.api.standing.Deactivation;
import org.hum.api.standing.StandingView;
import org.hum.standing.boundary.SourceStandings;

/**
 * {@code POST /api/sources/{id}/deactivation} {reason, forCause, sourceTold, delayReason}:
 * deactivates the source at once (or closes it for cause); answers its standing.
 */
@ApplicationScoped
@Path("sources/{id}/deactivation")
@Produces(MediaType.APPLICATION_JSON)
public class SourceDeactivationResource {
    @Inject
    SourceStandings standings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public StandingView deactivate(@PathParam("id") String id, @NotNull @Valid Deactivation deactivation) {
        return standings.deactivate(id, deactivation);
    }
}
