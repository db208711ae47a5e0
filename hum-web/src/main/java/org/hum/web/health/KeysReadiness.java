package org.hum.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hum.platform.boundary.Health;

/**
 * Ready only while the key store is open and the wrapped data keys are reachable: without them
 * no file can be read or written (docs/architecture.md, "Field-level encryption").
 */
@Readiness
@ApplicationScoped
public class KeysReadiness implements HealthCheck {
    public static final String NAME = "hum-keys";

    @Inject
    Health health;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status("UP".equals(health.check().keys())).build();
    }
}
