package org.hum.web.source;

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
import org.hum.api.source.NewPromise;
import org.hum.api.source.PromiseView;
import org.hum.source.boundary.SourceAssignments;

/** The promises and benefits made to a source: added, never changed or deleted. */
@ApplicationScoped
@Path("sources/{id}/promises")
@Produces(MediaType.APPLICATION_JSON)
public class SourcePromisesResource {
    @Inject
    SourceAssignments assignments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promise(@PathParam("id") String id, @NotNull @Valid NewPromise promise) {
        PromiseView created = assignments.addPromise(id, promise);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
