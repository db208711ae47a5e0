package org.hum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How pushes are retried (MicroProfile Config; docs/operations.md lists them). */
@ApplicationScoped
public class PushSettings {
    @Inject
    @ConfigProperty(name = "hum.partner.push.first-retry-seconds", defaultValue = "2")
    int firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "hum.partner.push.max-backoff-seconds", defaultValue = "3600")
    int maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "hum.partner.push.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    /**
     * The wait after the {@code attempt}-th failed attempt: doubling from the first retry's, up to
     * the cap, less up to a fifth at random so that many deliveries do not retry in step.
     */
    public Duration backoff(int attempt, double random) {
        long first = Math.max(1, firstRetrySeconds) * 1000L;
        long cap = Math.max(1, maxBackoffSeconds) * 1000L;
        long millis = first << Math.min(30, Math.max(0, attempt - 1));
        millis = Math.min(cap, Math.max(first, millis));
        return Duration.ofMillis(millis - (long) (millis * 0.2 * Math.max(0, Math.min(1, random))));
    }

    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    /** How long a claimed delivery is left alone: the timeout and a margin, so a crash only delays it. */
    public Duration lease() {
        return timeout().multipliedBy(3);
    }
}
