package org.hum.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.hum.api.reporting.NewSourceDescription;
import org.hum.api.reporting.SourceDescriptionView;
import org.hum.reporting.boundary.ReportLists;

import java.util.List;

/** The approved source descriptions controllers keep (docs/api.md, "Reports"). */
@ApplicationScoped
@Path("source-descriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SourceDescriptionsResource {
    @Inject
    ReportLists lists;

    @GET
    public List<SourceDescriptionView> list(@QueryParam("all") boolean all) {
        return lists.descriptions(all);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewSourceDescription description, @Context UriInfo uri) {
        SourceDescriptionView created = lists.addDescription(description);
        return Response.created(uri.getBaseUriBuilder().path("source-descriptions").path(created.id()).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public void retire(@PathParam("id") String id) {
        lists.retireDescription(id);
    }
}
