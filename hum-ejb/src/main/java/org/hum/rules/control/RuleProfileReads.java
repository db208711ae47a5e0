package org.hum.rules.control;

import java.io.Serializable;
import java.util.Optional;

/**
 * The stored rule profile's text as one request read it ({@link Rules}): read once per request
 * (an HTTP request, or one run of a scheduled job, whose timeout call has a request scope of its
 * own), so that a change another server instance committed applies from the next request on, at one
 * short statement per request. Forgotten when a change is made in it.
 * Request-scoped: one instance per request, made by {@code org.hum.platform.control.ScopedState}
 * (a producer, not a managed bean; docs/performance.md, "Where a contact report's time goes").
 */
public class RuleProfileReads implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Optional<Rules.Stored> kept;

    /** What this request read (empty: no stored profile), or null when it has not read it yet. */
    public Optional<Rules.Stored> kept() {
        return kept;
    }

    public void keep(Rules.Stored read) {
        kept = Optional.ofNullable(read);
    }

    public void forget() {
        kept = null;
    }
}
