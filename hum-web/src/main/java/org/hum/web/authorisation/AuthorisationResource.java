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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.authorisation.AuthorisationView;
import org.hum.api.authorisation.GrantRequest;
import org.hum.api.authorisation.ReasonRequest;
import org.hum.api.authorisation.ReviewRequest;
import org.hum.authorisation.boundary.Authorisations;

/**
 * One authorisation: grant, refusal, reviews, renewal, cancellation. No request carries an end
 * or a due day: the server computes them from the rule profile.
 */
@ApplicationScoped
@Path("authorisations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorisationResource {
    @Inject
    Authorisations authorisations;

    @GET
    public AuthorisationView find(@PathParam("id") String id) {
        return authorisations.find(id);
    }

    @POST
    @Path("grant")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthorisationView grant(@PathParam("id") String id, @NotNull @Valid GrantRequest request) {
        return authorisations.grant(id, request);
    }

    @POST
    @Path("refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthorisationView refuse(@PathParam("id") String id, @NotNull @Valid ReasonRequest request) {
        return authorisations.refuse(id, request);
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(@PathParam("id") String id, @NotNull @Valid ReviewRequest request) {
        return Response.status(Response.Status.CREATED).entity(authorisations.review(id, request)).build();
    }

    @POST
    @Path("renewal")
    public AuthorisationView renew(@PathParam("id") String id) {
        return authorisations.renew(id);
    }

    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthorisationView cancel(@PathParam("id") String id, @NotNull @Valid ReasonRequest request) {
        return authorisations.cancel(id, request);
    }
}
