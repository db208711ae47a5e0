package org.hum.web.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hum.api.keys.KekRotation;
import org.hum.api.keys.KeyJobView;
import org.hum.api.keys.KeyStatus;
import org.hum.keys.boundary.KeyAdministration;
import org.hum.source.boundary.FileKeys;

/**
 * Key operations for administrators: rotation of both key levels. Destruction by crypto-shredding is
 * a two-person decision at {@code /api/oversight/destructions} (docs/api.md, "Oversight").
 */
@ApplicationScoped
@Path("admin/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {
    @Inject
    KeyAdministration keys;

    @Inject
    FileKeys fileKeys;

    @GET
    public KeyStatus status() {
        return keys.status();
    }

    @POST
    @Path("kek-rotations")
    public KekRotation rotateKek() {
        return keys.rotateKek();
    }

    @POST
    @Path("sources/{id}/dek-rotations")
    public Response rotateDataKey(@PathParam("id") String sourceId, @Context UriInfo uri) {
        KeyJobView job = fileKeys.rotateDataKey(sourceId);
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("admin/keys/jobs").path(job.id()).build())
                .build();
    }

    @GET
    @Path("jobs/{id}")
    public KeyJobView job(@PathParam("id") String jobId) {
        return keys.job(jobId);
    }
}
