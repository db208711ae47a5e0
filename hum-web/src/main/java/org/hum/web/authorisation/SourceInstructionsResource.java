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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.authorisation.WitnessRequest;
import org.hum.authorisation.boundary.OiaAuthorisations;

/** Instructions given to a source before a witness, acknowledged by it. */
@ApplicationScoped
@Path("sources/{id}/instructions")
@Produces(MediaType.APPLICATION_JSON)
public class SourceInstructionsResource {
    @Inject
    OiaAuthorisations oia;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response instruct(@PathParam("id") String sourceId, @NotNull @Valid WitnessRequest request) {
        return Response.status(Response.Status.CREATED).entity(oia.instruct(sourceId, request)).build();
    }
}
