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
import org.hum.api.authorisation.AmendmentRequest;
import org.hum.api.authorisation.AmendmentView;
import org.hum.authorisation.boundary.AuthorisationAmendments;

import java.util.List;

/**
 * Amendments of an authorisation in force that add activities: list, apply (a case officer or
 * controller), grant (an authorising officer who did not apply).
 */
@ApplicationScoped
@Path("authorisations/{id}/amendments")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorisationAmendmentsResource {
    @Inject
    AuthorisationAmendments amendments;

    @GET
    public List<AmendmentView> list(@PathParam("id") String id) {
        return amendments.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("id") String id, @NotNull @Valid AmendmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(amendments.apply(id, request)).build();
    }

    @POST
    @Path("{amendment}/grant")
    public AmendmentView grant(@PathParam("id") String id, @PathParam("amendment") String amendment) {
        return amendments.grant(id, amendment);
    }
}
