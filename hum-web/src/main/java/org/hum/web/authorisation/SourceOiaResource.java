package org.hum.web.authorisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.authorisation.OiaRequest;
import org.hum.api.authorisation.OiaView;
import org.hum.authorisation.boundary.OiaAuthorisations;

/** Granting an otherwise-illegal-activity authorisation for a source. */
@ApplicationScoped
@Path("sources/{id}/oia")
@Produces(MediaType.APPLICATION_JSON)
public class SourceOiaResource {
    @Inject
    OiaAuthorisations oia;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("id") String sourceId, @NotNull @Valid OiaRequest request, @Context UriInfo uri) {
        OiaView created = oia.grant(sourceId, request);
        return Response.created(uri.getBaseUriBuilder().path("oia").path(created.id()).build()).entity(created).build();
    }
}
