package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.FileRekeying;
import org.hum.tasking.entity.Tasking;

/** A tasking's limits, risk assessment and cancellation reason follow the file's data key ({@link FileRekeying}). */
@ApplicationScoped
public class TaskingRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    TaskingStore store;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (Tasking t : store.taskingsOf(file.sourceId())) {
                if (file.due(t.dekVersion())) {
                    t.rekeyed(file.version(), file.move(Tasking.ENTITY, Tasking.LIMITS, t.id(), t.limits()),
                            file.move(Tasking.ENTITY, Tasking.RISK, t.id(), t.riskAssessment()),
                            file.move(Tasking.ENTITY, Tasking.CANCEL_REASON, t.id(), t.cancelReason()));
                }
            }
            store.flush();
        });
    }
}
