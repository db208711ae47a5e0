package org.hum.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.config.control.StatementProfiler;

/**
 * The number of SQL statements one request sends (docs/performance.md, "Statements per request"),
 * for the test stand's cost tests: shown only where {@code hum.stand.statement-counts=true}, which
 * the test stand alone sets. Elsewhere nothing is shown.
 */
@ApplicationScoped
public class StatementCounts {
    @Inject
    @ConfigProperty(name = "hum.stand.statement-counts", defaultValue = "false")
    boolean shown;

    /** Whether this deployment shows the counts. */
    public boolean shown() {
        return shown;
    }

    /** Starts a request's count on this thread. */
    public void begin() {
        StatementProfiler.reset();
    }

    /** The statements sent on this thread since {@link #begin()}. */
    public int sinceBegin() {
        return StatementProfiler.count();
    }
}
