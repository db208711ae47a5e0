package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.crypto.control.DataKey;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.tasking.entity.Tasking;

/**
 * When a source file moves to a new version of its data key, its taskings' limits, risk
 * assessments and cancellation reasons move with it, in the rotation's transaction (model:
 * {@code VettingRekeying}); each row's {@code dek_version} follows its envelopes. A text that
 * fails its check fails the rotation, never silently.
 */
@ApplicationScoped
public class TaskingRekeying {
    @Inject
    SourceStore sources;

    @Inject
    TaskingStore store;

    @Inject
    TaskingTexts texts;

    void rekey(@Observes DataKeyRotated rotated) {
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        DataKey next = rotated.next();
        int done = 0;
        for (Tasking t : store.taskingsOf(source.id())) {
            if (t.dekVersion() == next.version()) {
                continue;
            }
            DataKey from = texts.key(source, t.dekVersion());
            byte[] cancel = texts.move(from, next, Tasking.ENTITY, Tasking.CANCEL_REASON, t.id(), t.cancelReason());
            t.rekeyed(next.version(), texts.move(from, next, Tasking.ENTITY, Tasking.LIMITS, t.id(), t.limits()),
                    texts.move(from, next, Tasking.ENTITY, Tasking.RISK, t.id(), t.riskAssessment()), cancel);
            done += 2 + (cancel == null ? 0 : 1);
        }
        store.flush();
        rotated.reencrypted(done);
    }
}
