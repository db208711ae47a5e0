package org.hum.prospect.boundary;

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
import org.hum.prospect.control.ProspectExpiry;

/**
 * Destroys the prospects never registered whose retention period has ended (docs/domain.md,
 * "Retention and destruction (step 9)"): every hour (a non-persistent EJB timer), and at once when
 * a test stand moves the rule clock, in that transaction and before the due lists are recomputed.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class ProspectExpiryJob {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ProspectExpiryJob.class.getName());

    @Inject
    OwnTransaction ownTransaction;

    @Inject
    JobLease lease;

    private boolean failing;

    @Inject
    ProspectExpiry expiry;

    @Schedule(second = "45", minute = "7", hour = "*", persistent = false, info = "prospect expiry")
    @Lock(LockType.WRITE)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void everyHour() {
        // the work is a transaction of its own, called from outside any: a failure, its commit
        // included (the database gone), ends here, because a timer callback that fails twice is
        // expunged by the server and would never run again (OwnTransaction)
        if (!lease.held()) {
            return; // another instance runs the jobs (JobLease)
        }
        try {
            ownTransaction.run(expiry::expire);
            lease.ran("prospect-expiry");
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "The prospect expiry job failed; it runs again in an hour. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }

    @Lock(LockType.WRITE)
    public void onClockMoved(@Observes @Priority(Interceptor.Priority.APPLICATION) RuleClockMoved moved) {
        expiry.expire();
    }
}
