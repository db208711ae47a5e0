package org.hum.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.config.control.JobLease;

import java.util.logging.Logger;

/**
 * Renews the job lease every second ({@link JobLease}), and takes it when its holder has let it
 * lapse. The first renewal happens as the application starts, so a lone instance runs its jobs
 * from its first second.
 */
@Singleton
@jakarta.ejb.Startup
@DependsOn("Startup")
public class JobLeaseKeeper {
    private static final Logger LOG = Logger.getLogger(JobLeaseKeeper.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLease lease;

    private boolean failing;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        tick();
        timers.createIntervalTimer(1000, 1000, new TimerConfig("job-lease", false));
    }

    /** Never throws: a timer callback that fails twice is expunged and would never run again. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            lease.renew();
            if (failing) {
                LOG.info("The job lease is renewed again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "The job lease could not be renewed; this instance runs no scheduled job until it "
                        + "can. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }
}
