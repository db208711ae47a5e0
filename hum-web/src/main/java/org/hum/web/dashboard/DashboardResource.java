package org.hum.web.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.dashboard.DashboardView;
import org.hum.dashboard.boundary.Dashboards;
import org.hum.web.platform.Inputs;


/** {@code GET /api/dashboard}: the caller's due and overdue lists, by role ({@code ?section=KEY&from=N}: a long list's later lines). */
@ApplicationScoped
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    @Inject
    Dashboards dashboards;

    /**
     * The dashboard; {@code section} and {@code from} ask for one list's lines from line
     * {@code from} (0-based), a hundred at a time, for a list longer than a hundred lines.
     */
    @GET
    public DashboardView mine(@QueryParam("section") String section, @QueryParam("from") String from) {
        return dashboards.mine(FilePageLinks.LINKS, Inputs.orNull(section), Inputs.position("from", from, 0));
    }
}
