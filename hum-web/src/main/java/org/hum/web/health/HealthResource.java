package org.hum.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.platform.HealthReport;
import org.hum.platform.boundary.Health;

/** {@code GET /api/health}: 200 when HUM can serve, 503 when the database or the keys cannot. */
@ApplicationScoped
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    @Inject
    Health health;

    @GET
    public Response check() {
        HealthReport report = health.check();
        return Response.status("UP".equals(report.status()) ? 200 : 503).entity(report).build();
    }
}
