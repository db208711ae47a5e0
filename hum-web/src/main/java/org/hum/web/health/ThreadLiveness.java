package org.hum.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;

/**
 * Live unless threads of the server are deadlocked: the one state that a restart, and nothing
 * else, mends. A lost database is not a reason to restart; it makes HUM not ready instead.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {
    public static final String NAME = "hum-threads";

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        return HealthCheckResponse.named(NAME)
                .status(deadlocked == null)
                .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length)
                .build();
    }
}
