package org.hum.rules.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hum.rules.entity.RuleProfileSetting;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The deployment's profile: configured until stored, then the stored one; its text read once per
 * request, parsed again only when it changed, wherever the change was made.
 */
class RulesTest {
    private final AtomicReference<RuleProfileSetting> stored = new AtomicReference<>();
    private final AtomicInteger reads = new AtomicInteger();

    private Rules rules(String configured) {
        Rules rules = new Rules();
        rules.configured = configured;
        rules.reads = new RuleProfileReads();
        rules.em = entityManager(() -> {
        });
        return rules;
    }

    /** An entity manager whose one query reads the stored setting's text, after {@code beforeEachRead}. */
    private EntityManager entityManager(Runnable beforeEachRead) {
        Query query = (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Query.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getResultList" -> {
                        reads.incrementAndGet();
                        RuleProfileSetting s = stored.get();
                        beforeEachRead.run();
                        yield s == null ? List.of() : List.<Object[]>of(new Object[]{s.profileId(), s.figures()});
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createNativeQuery")) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
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
    void theTextIsReadOncePerRequestAndParsedOnlyWhenItChanged() {
        Rules rules = rules("US_FEDERAL");
        store(RuleProfiles.US_FEDERAL);
        RuleProfile first = rules.current();
        assertSame(first, rules.current());
        assertEquals(1, reads.get(), "read once in one request");

        rules.reads = new RuleProfileReads(); // the next request
        assertSame(first, rules.current(), "the same text is not parsed again");
        assertEquals(2, reads.get(), "read again in the next request");
    }

    @Test
    void aChangeMadeOnAnotherInstanceAppliesAtTheNextRequest() {
        Rules rules = rules("US_FEDERAL");
        store(RuleProfiles.US_FEDERAL);
        assertEquals(RuleProfiles.US_FEDERAL, rules.current());

        store(RuleProfiles.UK); // by another instance: no event reaches this one
        assertEquals(RuleProfiles.US_FEDERAL, rules.current(), "this request keeps what it read");
        rules.reads = new RuleProfileReads();
        assertEquals(RuleProfiles.UK, rules.current());
    }

    @Test
    void aChangeMadeHereAppliesInTheSameRequest() {
        Rules rules = rules("US_FEDERAL");
        store(RuleProfiles.US_FEDERAL);
        RuleProfile before = rules.current();
        store(RuleProfiles.UK);
        rules.changed(new RuleProfileChanged("UK"));
        RuleProfile after = rules.current();
        assertNotSame(before, after);
        assertEquals(RuleProfiles.UK, after);
    }

    @Test
    void aCopyLoadedWhileAChangeCommittedIsNeverServedAfterIt() {
        Rules rules = rules("US_FEDERAL");
        store(RuleProfiles.US_FEDERAL);
        // a reader reads the old text, and the change completes before the reader keeps its copy
        rules.em = entityManager(() -> {
            if (stored.get().profileId().equals("US_FEDERAL")) {
                store(RuleProfiles.UK);
                rules.changed(new RuleProfileChanged("UK"));
            }
        });
        assertEquals(RuleProfiles.US_FEDERAL, rules.current(), "that reader got what it read");
        rules.reads = new RuleProfileReads();
        assertEquals(RuleProfiles.UK, rules.current(), "the next call does not get the stale copy");
    }
}
