package org.hum.oversight.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.hum.config.control.JobLease;
import org.hum.config.control.OwnTransaction;
import org.hum.rules.control.RuleProfileChanged;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceClocks;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the register's two clocks on the files' rows computed with the rule profile's figures
 * ({@link SourceClocks}; docs/performance.md, "At scale"): at start (the first start after V060
 * computes them for every file), once a change of the profile has committed, and every minute
 * should either have failed. While the figures differ, the register computes every file's row for
 * these two sorts, so a page is never ordered by stale figures.
 */
@Singleton
@Startup
@DependsOn("RuleProfileBootstrap")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class RegisterClockJob {
    private static final Logger LOG = Logger.getLogger(RegisterClockJob.class.getName());

    @Inject
    SourceClocks clocks;

    @Inject
    Rules rules;

    @Inject
    OwnTransaction ownTransaction;

    @Inject
    JobLease lease;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStart() {
        run("at start");
    }

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "register clocks")
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        if (lease.held()) {
            run("every minute");
        }
    }

    /** New figures: every file's clocks computed again once the change has committed, in a transaction of its own. */
    @Lock(LockType.WRITE)
    public void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RuleProfileChanged changed) {
        rules.invalidate();
        run("after a change of the rule profile");
    }

    /** Computes every file's clocks when the figures they were computed with are not the profile's; returns the rows moved. */
    public int bringUpToDate() {
        int[] moved = {0};
        ownTransaction.run(() -> {
            SourceClocks.Figures figures = SourceClocks.Figures.of(rules.current());
            moved[0] = clocks.basis().equals(Optional.of(figures)) ? 0 : clocks.recompute(figures);
        });
        return moved[0];
    }

    private void run(String when) {
        try {
            int moved = bringUpToDate();
            if (moved > 0) {
                LOG.info(() -> "The register's clocks computed again " + when + " with the rule profile's figures: "
                        + moved + " rows");
            }
        } catch (RuntimeException e) {
            // a database that does not answer at start must not stop the deployment; the next minute tries again
            LOG.warning(() -> "The register's clocks could not be computed " + when + "; the register computes "
                    + "every row for its clock sorts until they are. Cause: " + e.getClass().getName());
        }
    }
}
