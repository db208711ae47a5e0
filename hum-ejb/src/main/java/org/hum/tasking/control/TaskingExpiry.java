package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.source.control.SourceFiles;
import org.hum.tasking.entity.Tasking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Expires every open tasking whose due day has passed by the rule clock, each audited as the
 * system's TASKING_EXPIRED with its source's label. Run by {@code TaskingExpiryJob} every minute
 * and whenever a test stand moves the rule clock.
 */
@ApplicationScoped
public class TaskingExpiry {
    public static final String ACTOR = "system";

    @Inject
    TaskingStore store;

    @Inject
    SourceFiles files;

    @Inject
    AuditTrail audit;

    @Inject
    @RuleClock
    Clock clock;

    /** Returns how many taskings it expired. */
    public int expire() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        int n = 0;
        for (Tasking t : store.openDueBefore(today)) {
            if (!TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                continue;
            }
            t.ended(TaskingTransitions.next(t.status(), TaskingTransitions.Step.EXPIRY), now, null, t.cancelReason());
            String label = files.unrestricted(t.sourceId()).map(files::label).orElse(null);
            audit.recordAs(ACTOR, Set.of(), "TASKING_EXPIRED", "TASKING", t.id(), label, AuditTrail.SUCCESS);
            n++;
        }
        store.flush();
        return n;
    }

}
