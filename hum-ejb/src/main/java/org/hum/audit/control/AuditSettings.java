package org.hum.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The chainer's settings (MicroProfile Config), with the defaults docs/architecture.md names. */
@ApplicationScoped
public class AuditSettings {
    @Inject
    @ConfigProperty(name = "hum.audit.checkpoint-entries", defaultValue = "1000")
    int checkpointEntries;

    @Inject
    @ConfigProperty(name = "hum.audit.checkpoint-seconds", defaultValue = "60")
    int checkpointSeconds;

    @Inject
    @ConfigProperty(name = "hum.audit.gap-seconds", defaultValue = "2")
    int gapSeconds;

    /** A checkpoint after this many sequence numbers... */
    public int checkpointEntries() {
        return Math.max(1, checkpointEntries);
    }

    /** ...or after this long, if the chain moved. */
    public Duration checkpointInterval() {
        return Duration.ofSeconds(Math.max(1, checkpointSeconds));
    }

    /** A seq missing this long, and held by no transaction (its transaction rolled back), is recorded as a gap. */
    public Duration gapAfter() {
        return Duration.ofSeconds(Math.max(1, gapSeconds));
    }
}
