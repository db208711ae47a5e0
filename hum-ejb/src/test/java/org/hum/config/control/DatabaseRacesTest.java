package org.hum.config.control;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseRacesTest {
    private static RuntimeException wrapped(int errorCode) {
        // as EclipseLink hands it on: the driver's exception a few causes down
        return new jakarta.ejb.EJBException(new PersistenceException("flush failed",
                new RuntimeException("internal", new SQLTransactionRollbackException("lost", "40001", errorCode))));
    }

    @Test
    void aDeadlockAndALockWaitTimeoutAreLostRacesAndNothingElseIs() {
        assertTrue(DatabaseRaces.lostRace(wrapped(DatabaseRaces.DEADLOCK)));
        assertTrue(DatabaseRaces.lostRace(wrapped(DatabaseRaces.LOCK_WAIT_TIMEOUT)));
        assertFalse(DatabaseRaces.lostRace(wrapped(1062)), "a duplicate key is not a race the retry can win by itself");
        assertFalse(DatabaseRaces.lostRace(new IllegalStateException("no SQL at all")));
        assertFalse(DatabaseRaces.lostRace(new SQLException("no code")));
    }

    @Test
    void aLostRaceIsRunAgainUntilItIsWon() {
        AtomicInteger runs = new AtomicInteger();
        String answer = DatabaseRaces.retried(() -> {
            if (runs.incrementAndGet() < 3) {
                throw wrapped(runs.get() == 1 ? DatabaseRaces.DEADLOCK : DatabaseRaces.LOCK_WAIT_TIMEOUT);
            }
            return "written";
        });
        assertEquals("written", answer);
        assertEquals(3, runs.get());
    }

    @Test
    void theRetriesAreBoundedAndTheLastLossIsThrownAsItCame() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException last = wrapped(DatabaseRaces.DEADLOCK);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> DatabaseRaces.retried(() -> {
            runs.incrementAndGet();
            throw last;
        }));
        assertSame(last, thrown);
        assertEquals(1 + DatabaseRaces.RETRIES, runs.get());
    }

    @Test
    void anyOtherFailureIsThrownAtOnceWithoutARetry() {
        AtomicInteger runs = new AtomicInteger();
        IllegalArgumentException refused = new IllegalArgumentException("a rule refused it");
        assertSame(refused, assertThrows(IllegalArgumentException.class, () -> DatabaseRaces.retried(() -> {
            runs.incrementAndGet();
            throw refused;
        })));
        assertEquals(1, runs.get());
    }

    @Test
    void aFeatureMayNameItsOwnLosingAnswers() {
        AtomicInteger runs = new AtomicInteger();
        class Raced extends RuntimeException {
        }
        String answer = DatabaseRaces.retried(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new Raced();
            }
            return "answered";
        }, e -> e instanceof Raced);
        assertEquals("answered", answer);
        assertEquals(2, runs.get());
    }
}
