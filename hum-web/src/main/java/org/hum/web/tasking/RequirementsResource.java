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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.error.HumException;
import org.hum.api.tasking.RequirementRequest;
import org.hum.api.tasking.RequirementStatus;
import org.hum.api.tasking.RequirementView;
import org.hum.tasking.boundary.Requirements;

import java.util.List;

/** Intelligence requirements: list (with their open taskings), create, read, close. */
@ApplicationScoped
@Path("requirements")
@Produces(MediaType.APPLICATION_JSON)
public class RequirementsResource {
    @Inject
    Requirements requirements;

    @GET
    public List<RequirementView> list(@QueryParam("status") String status) {
        RequirementStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = RequirementStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HumException.invalid("status", "must be OPEN or CLOSED");
            }
        }
        return requirements.list(wanted);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid RequirementRequest request, @Context UriInfo uri) {
        RequirementView created = requirements.create(request);
        return Response.created(uri.getBaseUriBuilder().path("requirements").path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public RequirementView find(@PathParam("id") String id) {
        return requirements.find(id);
    }

    @POST
    @Path("{id}/closure")
    public RequirementView close(@PathParam("id") String id) {
        return requirements.close(id);
    }
}
