package org.hum.web.contact;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.contact.WelfareAlertView;
import org.hum.contact.boundary.WelfareAlerts;

import java.util.List;

/**
 * {@code GET /api/welfare-alerts}: the open alerts of welfare and security concerns raised at
 * contacts (controllers, authorising officers); {@code POST /api/welfare-alerts/{id}/acknowledgement}:
 * a controller acknowledges one (200; again: 409).
 */
@Path("welfare-alerts")
@Produces(MediaType.APPLICATION_JSON)
public class WelfareAlertsResource {
    @Inject
    WelfareAlerts alerts;

    @GET
    public List<WelfareAlertView> open() {
        return alerts.open();
    }

    @POST
    @Path("{id}/acknowledgement")
    public WelfareAlertView acknowledge(@PathParam("id") String id) {
        return alerts.acknowledge(id);
    }
}
