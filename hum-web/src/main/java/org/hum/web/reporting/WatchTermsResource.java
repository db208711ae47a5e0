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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.reporting.NewWatchTerm;
import org.hum.api.reporting.WatchTermView;
import org.hum.reporting.boundary.ReportLists;

import java.util.List;

/** The watch list controllers keep: terms go in, never come out (docs/api.md, "Reports"). */
@ApplicationScoped
@Path("watch-terms")
@Produces(MediaType.APPLICATION_JSON)
public class WatchTermsResource {
    @Inject
    ReportLists lists;

    @GET
    public List<WatchTermView> list() {
        return lists.watchTerms();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid NewWatchTerm term, @Context UriInfo uri) {
        WatchTermView created = lists.addWatchTerm(term);
        return Response.created(uri.getBaseUriBuilder().path("watch-terms").path(created.id()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public void remove(@PathParam("id") String id) {
        lists.removeWatchTerm(id);
    }
}
