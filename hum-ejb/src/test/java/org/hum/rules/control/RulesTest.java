package org.hum.rules.control;

import jakarta.persistence.EntityManager;
import org.hum.rules.entity.RuleProfileSetting;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The deployment's profile: configured until stored, then the stored one, cached until a change completes. */
class RulesTest {
    private final AtomicReference<RuleProfileSetting> stored = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();

    private Rules rules(String configured) {
        Rules rules = new Rules();
        rules.configured = configured;
        rules.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        reads.incrementAndGet();
                        return stored.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return rules;
    }

    private void store(RuleProfile p) {
        stored.set(new RuleProfileSetting(p.id(), RuleProfileCodec.text(p), Instant.now(), "admin1"));
    }

    @Test
    void theConfiguredProfileHoldsUntilOneIsStored() {
        assertEquals(RuleProfiles.UK, rules("UK").current());
        assertEquals(RuleProfiles.US_FEDERAL, rules(" us_federal ").current());
        assertThrows(IllegalStateException.class, () -> rules("MARS").current());
    }

    @Test
    void theStoredProfileWinsOverTheConfiguration() {
        store(RuleProfiles.UK);
        assertEquals(RuleProfiles.UK, rules("US_FEDERAL").current());
    }

    @Test
    void aChangeIsReadOnTheNextCallAfterItsTransactionCompletes() {
        Rules rules = rules("US_FEDERAL");
        store(RuleProfiles.US_FEDERAL);
        assertEquals(RuleProfiles.US_FEDERAL, rules.current());
        assertEquals(RuleProfiles.US_FEDERAL, rules.current());
        assertEquals(1, reads.get(), "cached between changes");

        store(RuleProfiles.UK);
        rules.changed(new RuleProfileChanged("UK"));
        assertEquals(RuleProfiles.UK, rules.current());
        assertEquals(2, reads.get());
    }

    @Test
    void aCopyLoadedWhileAChangeCommittedIsNeverServedAfterIt() {
        Rules rules = rules("US_FEDERAL");
        store(RuleProfiles.US_FEDERAL);
        // a reader loads the old profile, and the change completes before the reader caches it
        rules.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> {
                    RuleProfileSetting old = stored.get();
                    store(RuleProfiles.UK);
                    rules.changed(new RuleProfileChanged("UK"));
                    return old;
                });
        assertEquals(RuleProfiles.US_FEDERAL, rules.current(), "that reader got what it read");
        rules.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> stored.get());
        assertEquals(RuleProfiles.UK, rules.current(), "the next call does not get the stale copy");
    }
}
