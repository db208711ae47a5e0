package org.hum.tasking.boundary;

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
    @Inject
    TaskingExpiry expiry;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "tasking expiry")
    @Lock(LockType.WRITE)
    public void everyMinute() {
        expiry.expire();
    }

    @Lock(LockType.WRITE)
    public void onClockMoved(@Observes @Priority(Interceptor.Priority.APPLICATION) RuleClockMoved moved) {
        expiry.expire();
    }
}
