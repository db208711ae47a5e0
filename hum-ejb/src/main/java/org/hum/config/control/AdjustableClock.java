package org.hum.config.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@link RuleClock}: the system clock plus an offset that only a deployment with
 * {@code hum.clock.adjustable=true} lets anyone change (the integration-test stand sets it;
 * {@code ./run} and production do not).
 */
@ApplicationScoped
public class AdjustableClock {
    @Inject
    @ConfigProperty(name = "hum.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile Duration offset = Duration.ZERO;

    @Produces
    @RuleClock
    Clock ruleClock() {
        return new Shifted();
    }

    public boolean adjustable() {
        return adjustable;
    }

    public Instant now() {
        return Instant.now().plus(offset);
    }

    public Duration offset() {
        return offset;
    }

    /** Moves the rule clock so that it reads {@code target} now. */
    public void set(Instant target) {
        requireAdjustable();
        offset = Duration.between(Instant.now(), target);
    }

    public void reset() {
        requireAdjustable();
        offset = Duration.ZERO;
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("the rule clock of this deployment cannot be moved");
        }
    }

    /** Reads the offset on every call, so a clock injected before a move sees it. */
    private final class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
