package org.hum.web.prospect;

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
import org.hum.api.prospect.NewProspect;
import org.hum.api.prospect.NewProspectContact;
import org.hum.api.prospect.ProspectClosure;
import org.hum.api.prospect.ProspectView;
import org.hum.prospect.boundary.ProspectRegister;

import java.util.List;

/** Prospects (unregistered people in contact) and status drift. */
@ApplicationScoped
@Path("prospects")
@Produces(MediaType.APPLICATION_JSON)
public class ProspectsResource {
    @Inject
    ProspectRegister register;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@NotNull @Valid NewProspect request, @Context UriInfo uri) {
        ProspectView created = register.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    public List<ProspectView> list(@QueryParam("drift") String drift) {
        if (drift != null && !drift.isBlank() && !drift.equals("true") && !drift.equals("false")) {
            throw HumException.invalid("drift", "must be true or false");
        }
        return register.list("true".equals(drift));
    }

    @GET
    @Path("{id}")
    public ProspectView find(@PathParam("id") String id) {
        return register.find(id);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") String id, @NotNull @Valid NewProspectContact request) {
        return Response.status(Response.Status.CREATED).entity(register.addContact(id, request)).build();
    }

    /** Ends contact with the prospect without registering them (reason from a fixed list). */
    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProspectView close(@PathParam("id") String id, @NotNull @Valid ProspectClosure request) {
        return register.close(id, request);
    }
}
