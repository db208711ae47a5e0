package org.hum.web.oversight;

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
import org.hum.api.oversight.ErrorClosure;
import org.hum.api.oversight.ErrorReported;
import org.hum.api.oversight.NewRelevantError;
import org.hum.api.oversight.RelevantErrorView;
import org.hum.oversight.boundary.ErrorRegister;

import java.util.List;

/**
 * The error register, for compliance reviewers (docs/api.md, "Oversight"): list
 * ({@code ?status=OPEN|REPORTED|CLOSED|ALL}), record, read, record the report to the oversight
 * body, close.
 */
@ApplicationScoped
@Path("oversight/errors")
@Produces(MediaType.APPLICATION_JSON)
public class ErrorRegisterResource {
    @Inject
    ErrorRegister register;

    @GET
    public List<RelevantErrorView> list(@QueryParam("status") String status) {
        return register.register(status);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@NotNull @Valid NewRelevantError error, @Context UriInfo uri) {
        RelevantErrorView recorded = register.record(error);
        return Response.created(uri.getBaseUriBuilder().path("oversight/errors").path(recorded.id()).build())
                .entity(recorded).build();
    }

    @GET
    @Path("{id}")
    public RelevantErrorView find(@PathParam("id") String id) {
        return register.get(id);
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelevantErrorView report(@PathParam("id") String id, @NotNull @Valid ErrorReported reported) {
        return register.report(id, reported);
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelevantErrorView close(@PathParam("id") String id, @NotNull @Valid ErrorClosure closure) {
        return register.close(id, closure);
    }
}
