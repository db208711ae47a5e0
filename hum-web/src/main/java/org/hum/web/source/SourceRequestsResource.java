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
import jakarta.ws.rs.core.MediaType;
import org.hum.api.admin.Refusal;
import org.hum.api.admin.RequestView;
import org.hum.source.boundary.SourceRequests;

import java.util.List;

/**
 * The true-identity grants and assignments waiting for a second person, and their decision
 * (docs/domain.md, "Two-person control"). Controllers and authorising officers. Its literal path
 * takes precedence over {@code sources/{id}}.
 */
@ApplicationScoped
@Path("sources/requests")
@Produces(MediaType.APPLICATION_JSON)
public class SourceRequestsResource {
    @Inject
    SourceRequests requests;

    @GET
    public List<RequestView> pending() {
        return requests.pending();
    }

    @POST
    @Path("{requestId}/approval")
    public RequestView approve(@PathParam("requestId") String requestId) {
        return requests.approve(requestId);
    }

    @POST
    @Path("{requestId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView refuse(@PathParam("requestId") String requestId, @NotNull @Valid Refusal refusal) {
        return requests.refuse(requestId, refusal);
    }
}
