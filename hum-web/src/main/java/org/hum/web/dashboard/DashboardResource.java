package org.hum.web.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.dashboard.DashboardView;
import org.hum.dashboard.boundary.Dashboards;


/** {@code GET /api/dashboard}: the caller's due and overdue lists, by role. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    @Inject
    Dashboards dashboards;

    @GET
    public DashboardView mine() {
        return dashboards.mine(FilePageLinks.LINKS);
    }
}
