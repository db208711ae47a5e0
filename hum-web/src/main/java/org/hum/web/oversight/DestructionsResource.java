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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.oversight.DestructionApproval;
import org.hum.api.oversight.DestructionAsk;
import org.hum.api.oversight.DestructionRefusal;
import org.hum.api.oversight.DestructionView;
import org.hum.api.oversight.RetentionDueView;
import org.hum.oversight.boundary.Destructions;

import java.util.List;

/**
 * Retention and destruction (docs/api.md, "Oversight"): the files due for review, the destruction
 * requests, a request (202: it waits for another person), its approval (the file is
 * crypto-shredded at once) or refusal.
 */
@ApplicationScoped
@Path("oversight/destructions")
@Produces(MediaType.APPLICATION_JSON)
public class DestructionsResource {
    @Inject
    Destructions destructions;

    @GET
    public List<DestructionView> list() {
        return destructions.list();
    }

    @GET
    @Path("due")
    public List<RetentionDueView> due() {
        return destructions.due();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@NotNull @Valid DestructionAsk ask, @Context UriInfo uri) {
        DestructionView asked = destructions.request(ask);
        return Response.accepted(asked)
                .location(uri.getBaseUriBuilder().path("oversight/destructions").path(asked.id()).build()).build();
    }

    @POST
    @Path("{id}/approval")
    public DestructionView approve(@PathParam("id") String id, @Valid DestructionApproval approval) {
        return destructions.approve(id, approval);
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public DestructionView refuse(@PathParam("id") String id, @NotNull @Valid DestructionRefusal refusal) {
        return destructions.refuse(id, refusal);
    }
}
