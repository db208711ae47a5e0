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
import org.hum.api.vetting.GradesView;
import org.hum.api.vetting.NewGrade;
import org.hum.vetting.boundary.Grading;

/** A source's reliability grade and the history of its changes (who, when, old, new, why). */
@ApplicationScoped
@Path("sources/{id}/grades")
@Produces(MediaType.APPLICATION_JSON)
public class GradesResource {
    @Inject
    Grading grading;

    @GET
    public GradesView grades(@PathParam("id") String sourceId) {
        return grading.grades(sourceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grade(@PathParam("id") String sourceId, @NotNull @Valid NewGrade grade, @Context UriInfo uri) {
        return Response.created(uri.getAbsolutePath()).entity(grading.grade(sourceId, grade)).build();
    }
}
