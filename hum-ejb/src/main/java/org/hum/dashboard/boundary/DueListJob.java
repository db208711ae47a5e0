package org.hum.dashboard.boundary;

import org.hum.config.control.JobLease;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.config.control.OwnTransaction;
import org.hum.dashboard.control.DueLists;
import org.hum.config.control.RuleClockMoved;
import org.hum.rules.control.RuleProfileChanged;
import org.hum.rules.control.Rules;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Keeps the due list current: every minute (a non-persistent EJB timer), at once when a
 * test stand moves the rule clock (in that transaction, so the answer to the move already
 * sees the new list), and once a change of the rule profile has committed. One run at a time.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class DueListJob {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DueListJob.class.getName());

    @Inject
    OwnTransaction ownTransaction;

    private boolean failing;

    @Inject
    DueLists lists;

    @Inject
    Rules rules;

    @Inject
    JobLease lease;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "due lists")
    @Lock(LockType.WRITE)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        // the work is a transaction of its own, called from outside any: a failure, its commit
        // included (the database gone), ends here, because a timer callback that fails twice is
        // expunged by the server and would never run again (OwnTransaction)
        if (!lease.held()) {
            return; // another instance runs the jobs (JobLease)
        }
        try {
            ownTransaction.run(lists::refresh);
            lease.ran("due-lists");
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "The due lists job failed; it runs again in a minute. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }

    @Lock(LockType.WRITE)
    public void onClockMoved(@Observes RuleClockMoved moved) {
        lists.refresh();
    }

    /**
     * A tuned rule profile changes due dates: the list is recomputed once the change has
     * committed (in a transaction of its own), with the new figures.
     */
    @Lock(LockType.WRITE)
    public void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RuleProfileChanged changed) {
        rules.invalidate();
        lists.refresh();
    }

    /** Runs the job now (the dashboard asks when the list was never computed). */
    @Lock(LockType.WRITE)
    public int refreshNow() {
        return lists.refresh();
    }
}
