package org.hum.keys.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Destroys retired data-key versions once their grace period has passed and no ciphertext uses
 * them any more (docs/architecture.md, "Field-level encryption"). A version that a ciphertext
 * still names is offered to its feature to move ({@link RetiredKeyStillUsed}), counted again,
 * and kept, with a warning naming the places (key id, version and table.column only), while
 * anything is still sealed under it. Runs every ten seconds.
 */
@Singleton
public class KeyJanitor {
    private static final Logger LOG = Logger.getLogger(KeyJanitor.class.getName());

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

    /** The versions already warned about, so a kept version is said once, not every ten seconds. */
    private final Set<DataKeys.Version> warned = new HashSet<>();

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void destroyRetiredKeys() {
        if (!keyRing.isOpen()) {
            return;
        }
        for (DataKeys.Version v : dataKeys.retiredBefore(clock.instant().minus(Duration.ofSeconds(graceSeconds)))) {
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
                if (dataKeys.destroyRetired(v)) {
                    warned.remove(v);
                    LOG.info(() -> "Destroyed retired data key " + v.id() + " version " + v.version());
                }
            } else if (warned.add(v)) {
                String places = left + failure;
                LOG.warning(() -> "Retired data key " + v.id() + " version " + v.version()
                        + " is kept: ciphertexts still use it in " + places);
            }
        }
    }
}
