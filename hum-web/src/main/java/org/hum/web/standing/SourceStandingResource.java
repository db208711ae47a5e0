package org.hum.web.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.standing.StandingView;
import org.hum.standing.boundary.SourceStandings;

/**
 * {@code GET /api/sources/{id}/standing}: status, since, senior approval of contact, pending
 * reactivation and history. (Each part of a source's standing is its own root resource, so
 * that {@code SourcesResource} keeps {@code /sources/{id}} to itself.)
 */
@ApplicationScoped
@Path("sources/{id}/standing")
@Produces(MediaType.APPLICATION_JSON)
public class SourceStandingResource {
    @Inject
    SourceStandings standings;

    @GET
    public StandingView standing(@PathParam("id") String id) {
        return standings.standing(id);
    }
}
