package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.config.control.OwnTransaction;
import org.hum.crypto.control.DataKey;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.keys.control.RetiredKeyStillUsed;
import org.hum.source.entity.Source;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Moves what is still sealed under a retired version of a file's key to the file's current
 * version: a write that sealed under the old version and committed after the re-encryption. The
 * key janitor asks ({@link RetiredKeyStillUsed}) before it destroys a version. Every feature's
 * texts follow, as in a rotation, with the current version as the next one (each moves only its
 * rows under another version), in one transaction of its own holding the file's row lock. A key
 * that is not a file's (a prospect's) has nothing moved here.
 */
@ApplicationScoped
public class LateWrites {
    private static final Logger LOG = Logger.getLogger(LateWrites.class.getName());

    @Inject
    SourceStore sources;

    @Inject
    DataKeys dataKeys;

    @Inject
    Event<DataKeyRotated> rotated;

    @Inject
    OwnTransaction ownTransaction;

    void move(@Observes RetiredKeyStillUsed used) {
        int[] moved = {0};
        ownTransaction.run(() -> moved[0] = catchUp(used.dekId()));
        LOG.info(() -> "Data key " + used.dekId() + ": " + moved[0] + " envelope(s) left under retired version "
                + used.version() + " moved to the current version");
    }

    private int catchUp(String dekId) {
        Optional<Source> found = sources.unrestrictedByKeyForUpdate(dekId);
        if (found.isEmpty() || found.get().isDestroyed()) {
            return 0;
        }
        Source source = found.get();
        DataKey current = dataKeys.load(source.dekId(), source.dekVersion());
        DataKeyRotated event = new DataKeyRotated(source.id(), current);
        rotated.fire(event);
        return event.envelopes();
    }
}
