package org.hum.web.source;

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
import org.hum.api.admin.RequestView;
import org.hum.api.source.AssignmentView;
import org.hum.api.source.NewAssignment;
import org.hum.source.boundary.SourceAssignments;

import java.util.List;

/**
 * Who acts for a source and when (controllers ask for an assignment; another approves it at
 * {@link SourceRequestsResource}). Its own root path: a class at
 * {@code sources/{id}} would take {@code GET /sources/{id}} from {@link SourcesResource}.
 */
@ApplicationScoped
@Path("sources/{id}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class SourceAssignmentsResource {
    @Inject
    SourceAssignments assignments;

    @GET
    public List<AssignmentView> list(@PathParam("id") String id) {
        return assignments.assignments(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") String id, @NotNull @Valid NewAssignment request, @Context UriInfo uri) {
        RequestView requested = assignments.assign(id, request);
        return Response.accepted(requested).location(uri.getBaseUriBuilder().path("sources/requests")
                .path(requested.id()).build()).build();
    }

    @POST
    @Path("{assignmentId}/end")
    public AssignmentView end(@PathParam("id") String id, @PathParam("assignmentId") String assignmentId) {
        return assignments.end(id, assignmentId);
    }
}
