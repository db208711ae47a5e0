package org.hum.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.admin.PortRequest;
import org.hum.api.admin.PortView;

import java.util.List;

/** The ports of entry (docs/api.md): the list west to east; administrators add and change them. */
@ApplicationScoped
@Path("ports-of-entry")
@Produces(MediaType.APPLICATION_JSON)
public class PortsResource {
    @Inject
    PortsOfEntry ports;

    @GET
    public List<PortView> list() {
        return ports.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid PortRequest request, @Context UriInfo uri) {
        PortView added = ports.add(request);
        return Response.created(uri.getBaseUriBuilder().path("ports-of-entry").path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortView change(@PathParam("code") String code, @NotNull @Valid PortRequest request) {
        return ports.change(code, request);
    }
}
