package org.hum.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hum.platform.boundary.Health;

/** Ready only while the application's database account reaches the database. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    public static final String NAME = "hum-database";

    @Inject
    Health health;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status("UP".equals(health.check().database())).build();
    }
}
