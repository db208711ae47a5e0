package org.hum.keys.boundary;

import org.hum.config.control.JobLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.keys.control.CiphertextCensus;
import org.hum.keys.control.DataKeys;
import org.hum.keys.control.KeyRing;
import org.hum.keys.control.RetiredKeyStillUsed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Destroys retired data-key versions once their grace period has passed and no ciphertext uses
 * them any more (docs/architecture.md, "Field-level encryption"). A version that a ciphertext
 * still names is offered to its feature to move ({@link RetiredKeyStillUsed}), counted again,
 * and kept, with a warning naming the places (key id, version and table.column only), while
 * anything is still sealed under it. Runs every ten seconds ({@code hum.keys.janitor-seconds}).
 */
@Singleton
@Startup
@DependsOn("Startup")
public class KeyJanitor {
    private static final Logger LOG = Logger.getLogger(KeyJanitor.class.getName());

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    @Inject
    DataKeys dataKeys;

    @Inject
    KeyRing keyRing;

    @Inject
    CiphertextCensus census;

    @Inject
    Event<RetiredKeyStillUsed> stillUsed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hum.keys.retired-grace-seconds", defaultValue = "60")
    long graceSeconds;

    @Inject
    @ConfigProperty(name = "hum.keys.janitor-seconds", defaultValue = "10")
    long everySeconds;

    @Resource
    TimerService timers;

    @Inject
    JobLease lease;

    /**
     * The versions kept because something still uses them: when to look again (the wait doubles,
     * up to five minutes, so a stuck version does not cost a search of every table every tick),
     * and whether it was said; a kept version is logged once, not every time.
     */
    private final Map<DataKeys.Version, Instant> nextLook = new HashMap<>();
    private final Map<DataKeys.Version, Duration> wait = new HashMap<>();
    private boolean failing;

    @PostConstruct
    void start() {
        long every = Math.max(1, everySeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("key-janitor", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void destroyRetiredKeys() {
        if (!keyRing.isOpen() || !lease.held()) {
            return; // closed, or another instance runs the jobs (JobLease)
        }
        // a timer callback that fails twice is expunged by the server and never runs again: nothing escapes
        try {
            lookAtRetiredVersions();
            lease.ran("key-janitor");
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "The key janitor failed; it tries again at its next run. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }

    private void lookAtRetiredVersions() {
        Instant now = clock.instant();
        for (DataKeys.Version v : dataKeys.retiredBefore(now.minus(Duration.ofSeconds(graceSeconds)))) {
            if (nextLook.containsKey(v) && now.isBefore(nextLook.get(v))) {
                continue;
            }
            Map<String, Long> left = census.sealedUnder(v.id(), v.version());
            String failure = "";
            if (!left.isEmpty()) {
                try {
                    stillUsed.fire(new RetiredKeyStillUsed(v.id(), v.version(), left));
                } catch (RuntimeException e) {
                    failure = " (moving them failed: " + e.getClass().getSimpleName() + ")";
                }
                left = census.sealedUnder(v.id(), v.version());
            }
            if (left.isEmpty()) {
                nextLook.remove(v);
                wait.remove(v);
                if (dataKeys.destroyRetired(v)) {
                    LOG.info(() -> "Destroyed retired data key " + v.id() + " version " + v.version());
                }
            } else {
                Duration next = wait.containsKey(v) ? wait.get(v).multipliedBy(2) : Duration.ofSeconds(Math.max(1, everySeconds));
                wait.put(v, next.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : next);
                if (nextLook.put(v, now.plus(wait.get(v))) == null) {
                    String places = left + failure;
                    LOG.warning(() -> "Retired data key " + v.id() + " version " + v.version()
                            + " is kept: ciphertexts still use it in " + places);
                }
            }
        }
    }
}
