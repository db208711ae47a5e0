package org.hum.web.authorisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.authorisation.OiaView;
import org.hum.api.authorisation.ReasonRequest;
import org.hum.api.authorisation.WitnessRequest;
import org.hum.authorisation.boundary.OiaAuthorisations;

/** One OIA authorisation: the source's acknowledgment, cancellation, notifications made. */
@ApplicationScoped
@Path("oia/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class OiaResource {
    @Inject
    OiaAuthorisations oia;

    @POST
    @Path("acknowledgment")
    @Consumes(MediaType.APPLICATION_JSON)
    public OiaView acknowledge(@PathParam("id") String id, @NotNull @Valid WitnessRequest request) {
        return oia.acknowledge(id, request);
    }

    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public OiaView cancel(@PathParam("id") String id, @NotNull @Valid ReasonRequest request) {
        return oia.cancel(id, request);
    }

    @POST
    @Path("notifications/{notification}")
    public OiaView notified(@PathParam("id") String id, @PathParam("notification") String notification) {
        return oia.notified(id, notification);
    }
}
