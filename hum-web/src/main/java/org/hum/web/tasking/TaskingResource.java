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
import jakarta.ws.rs.core.MediaType;
import org.hum.api.tasking.CancellationRequest;
import org.hum.api.tasking.TaskingView;
import org.hum.tasking.boundary.Taskings;

/**
 * One tasking: read it, and move it on: {@code issue}, {@code acknowledgement}, {@code start},
 * {@code fulfilment} (no body), {@code cancellation} (with a reason). A step its state does not
 * allow answers 409 with the rule {@code tasking.state}.
 */
@ApplicationScoped
@Path("taskings/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class TaskingResource {
    @Inject
    Taskings taskings;

    @GET
    public TaskingView find(@PathParam("id") String id) {
        return taskings.find(id);
    }

    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskingView cancel(@PathParam("id") String id, @NotNull @Valid CancellationRequest request) {
        return taskings.cancel(id, request);
    }

    @POST
    @Path("{step: issue|acknowledgement|start|fulfilment}")
    public TaskingView step(@PathParam("id") String id, @PathParam("step") String step) {
        return taskings.step(id, step);
    }
}
