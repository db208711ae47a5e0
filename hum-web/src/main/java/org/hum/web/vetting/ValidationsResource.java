package org.hum.web.vetting;

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
import org.hum.api.vetting.ConclusionRequest;
import org.hum.api.vetting.DissentRequest;
import org.hum.api.vetting.ValidationFindings;
import org.hum.api.vetting.ValidationView;
import org.hum.api.vetting.ValidationsView;
import org.hum.vetting.boundary.Vetting;

/**
 * A source's validations: findings, the independent reviewer's conclusion, dissents beside it,
 * and the computed validation clock. A file the caller may not see answers 404.
 */
@ApplicationScoped
@Path("sources/{id}/validations")
@Produces(MediaType.APPLICATION_JSON)
public class ValidationsResource {
    @Inject
    Vetting vetting;

    @GET
    public ValidationsView list(@PathParam("id") String sourceId) {
        return vetting.validations(sourceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") String sourceId, @NotNull @Valid ValidationFindings findings,
                           @Context UriInfo uri) {
        ValidationView created = vetting.recordFindings(sourceId, findings);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{vid}")
    public ValidationView one(@PathParam("id") String sourceId, @PathParam("vid") String validationId) {
        return vetting.validation(sourceId, validationId);
    }

    @POST
    @Path("{vid}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response conclude(@PathParam("id") String sourceId, @PathParam("vid") String validationId,
                             @NotNull @Valid ConclusionRequest request, @Context UriInfo uri) {
        ValidationView concluded = vetting.conclude(sourceId, validationId, request);
        return Response.created(uri.getAbsolutePath()).entity(concluded).build();
    }

    @POST
    @Path("{vid}/dissents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dissent(@PathParam("id") String sourceId, @PathParam("vid") String validationId,
                            @NotNull @Valid DissentRequest request, @Context UriInfo uri) {
        ValidationView withDissent = vetting.dissent(sourceId, validationId, request);
        String dissentId = withDissent.dissents().get(withDissent.dissents().size() - 1).id();
        return Response.created(uri.getAbsolutePathBuilder().path(dissentId).build()).entity(withDissent).build();
    }
}
