package org.hum.standing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.SourceStore;

/** The reasons of a file's standing move with its data key, in the rotation's transaction. */
@ApplicationScoped
public class StandingRekeying {
    @Inject
    SourceStore sources;

    @Inject
    Reasons reasons;

    void rekey(@Observes DataKeyRotated rotated) {
        sources.unrestricted(rotated.sourceId()).ifPresent(s -> rotated.reencrypted(reasons.rekey(s, rotated.next())));
    }
}
