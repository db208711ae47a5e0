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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.Page;
import org.hum.api.source.SourceRegistration;
import org.hum.api.source.SourceSummary;
import org.hum.api.source.SourceView;
import org.hum.registration.boundary.Registrations;
import org.hum.source.boundary.SourceRegistry;
import org.hum.web.platform.Inputs;

/** Source files: register, read one, list the ones the caller may see. */
@ApplicationScoped
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
    @Inject
    SourceRegistry registry;

    @Inject
    Registrations registrations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid SourceRegistration registration, @Context UriInfo uri) {
        SourceView created = registrations.register(registration);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public SourceView find(@PathParam("id") String id) {
        return registry.find(id);
    }

    @GET
    public Page<SourceSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Inputs.number("page", page, 0, 0, 1_000_000);
        int s = Inputs.number("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE);
        return registry.list(p, s);
    }
}
