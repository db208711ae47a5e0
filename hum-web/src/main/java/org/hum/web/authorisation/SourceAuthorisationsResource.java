package org.hum.web.authorisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.authorisation.AuthorisationApplication;
import org.hum.api.authorisation.AuthorisationView;
import org.hum.api.authorisation.SourceAuthorisations;
import org.hum.authorisation.boundary.Authorisations;

/** The authorisations of one source: {@code GET} them all, {@code POST} an application. */
@ApplicationScoped
@Path("sources/{id}/authorisations")
@Produces(MediaType.APPLICATION_JSON)
public class SourceAuthorisationsResource {
    @Inject
    Authorisations authorisations;

    @GET
    public SourceAuthorisations overview(@PathParam("id") String sourceId) {
        return authorisations.overview(sourceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("id") String sourceId, @NotNull @Valid AuthorisationApplication application,
                          @Context UriInfo uri) {
        AuthorisationView created = authorisations.apply(sourceId, application);
        return Response.created(uri.getBaseUriBuilder().path("authorisations").path(created.id()).build())
                .entity(created).build();
    }
}
