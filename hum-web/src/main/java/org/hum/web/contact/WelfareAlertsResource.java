package org.hum.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.contact.WelfareAlertView;
import org.hum.api.contact.WelfareAlertsView;
import org.hum.web.platform.Inputs;
import org.hum.contact.boundary.WelfareAlerts;


/**
 * {@code GET /api/welfare-alerts}: the open alerts of welfare and security concerns raised at
 * contacts (controllers, authorising officers); {@code POST /api/welfare-alerts/{id}/acknowledgement}:
 * a controller acknowledges one (200; again: 409).
 */
@ApplicationScoped
@Path("welfare-alerts")
@Produces(MediaType.APPLICATION_JSON)
public class WelfareAlertsResource {
    @Inject
    WelfareAlerts alerts;

    /** A page: {@code from} (0, the oldest open alert) and {@code size} (100 unless asked, at most 500). */
    @GET
    public WelfareAlertsView open(@QueryParam("from") String from, @QueryParam("size") String size) {
        return alerts.open(Inputs.position("from", from, 0),
                Inputs.number("size", size, WelfareAlertsView.PAGE, 1, WelfareAlertsView.MAX_PAGE));
    }

    @POST
    @Path("{id}/acknowledgement")
    public WelfareAlertView acknowledge(@PathParam("id") String id) {
        return alerts.acknowledge(id);
    }
}
