package org.hum.keys.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeys;
import org.hum.keys.control.KeyRing;

import java.time.Clock;
import java.time.Duration;

/** Destroys retired data-key versions once their grace period has passed, every minute. */
@Singleton
public class KeyJanitor {
    static final Duration GRACE = Duration.ofMinutes(1);

    @Inject
    DataKeys dataKeys;

    @Inject
    KeyRing keyRing;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void destroyRetiredKeys() {
        if (keyRing.isOpen()) {
            dataKeys.destroyRetiredBefore(clock.instant().minus(GRACE));
        }
    }
}
