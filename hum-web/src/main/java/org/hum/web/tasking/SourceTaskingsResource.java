package org.hum.web.tasking;

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
import org.hum.api.tasking.SourceTaskings;
import org.hum.api.tasking.TaskingRequest;
import org.hum.api.tasking.TaskingView;
import org.hum.tasking.boundary.Taskings;


/** The taskings of one source: {@code GET} them (newest first), {@code POST} a new one (a draft, or issued). */
@ApplicationScoped
@Path("sources/{id}/taskings")
@Produces(MediaType.APPLICATION_JSON)
public class SourceTaskingsResource {
    @Inject
    Taskings taskings;

    @GET
    public SourceTaskings list(@PathParam("id") String sourceId) {
        return taskings.list(sourceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String sourceId, @NotNull @Valid TaskingRequest request, @Context UriInfo uri) {
        TaskingView created = taskings.create(sourceId, request);
        return Response.created(uri.getBaseUriBuilder().path("taskings").path(created.id()).build())
                .entity(created).build();
    }
}
