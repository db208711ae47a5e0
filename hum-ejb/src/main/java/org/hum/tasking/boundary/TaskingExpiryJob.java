package org.hum.tasking.boundary;

import org.hum.config.control.JobLease;
import jakarta.annotation.Priority;
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
import jakarta.interceptor.Interceptor;
import org.hum.config.control.RuleClockMoved;
import org.hum.tasking.control.TaskingExpiry;

/**
 * Expires open taskings past their due day: every minute (a non-persistent EJB timer), and at
 * once when a test stand moves the rule clock, in that transaction and before the due lists are
 * recomputed (a lower priority than theirs), so that the answer to the move already sees it.
 * Until it runs, an open tasking past its due day already reads EXPIRED and cannot move on.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class TaskingExpiryJob {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TaskingExpiryJob.class.getName());

    @Inject
    OwnTransaction ownTransaction;

    @Inject
    JobLease lease;

    private boolean failing;

    @Inject
    TaskingExpiry expiry;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "tasking expiry")
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
            ownTransaction.run(expiry::expire);
            lease.ran("tasking-expiry");
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "The tasking expiry job failed; it runs again in a minute. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }

    @Lock(LockType.WRITE)
    public void onClockMoved(@Observes @Priority(Interceptor.Priority.APPLICATION) RuleClockMoved moved) {
        expiry.expire();
    }
}
