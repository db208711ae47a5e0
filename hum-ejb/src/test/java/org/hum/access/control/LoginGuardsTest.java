package org.hum.access.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-address throttle, the bound on concurrent hashes and the tally of refused tokens. */
class LoginGuardsTest {
    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void anAddressIsLockedAfterTwentyFailuresForThirtySecondsThenLongerUpToFifteenMinutes() {
        AddressThrottle.Failures t = AddressThrottle.Failures.NONE;
        for (int i = 0; i < AddressThrottle.FREE_FAILURES - 1; i++) {
            t = t.afterFailure(T0);
        }
        assertFalse(t.lockedAt(T0), "nineteen failures are free");
        t = t.afterFailure(T0);
        assertTrue(t.lockedAt(T0.plusSeconds(29)));
        assertFalse(t.lockedAt(T0.plusSeconds(30)));
        assertFalse(AddressThrottle.Failures.NONE.lockedAt(T0), "an address without failures is not touched");
        t = t.afterFailure(T0.plusSeconds(31));
        assertTrue(t.lockedAt(T0.plusSeconds(31 + 59)), "the next failure doubles the delay");
        for (int i = 0; i < 20; i++) {
            t = t.afterFailure(T0.plusSeconds(100));
        }
        assertTrue(t.lockedAt(T0.plusSeconds(100 + 899)));
        assertFalse(t.lockedAt(T0.plusSeconds(100 + 900)), "never more than fifteen minutes");
    }

    @Test
    void anAddressWithoutFailureForAnHourStartsAfresh() {
        AddressThrottle.Failures t = AddressThrottle.Failures.NONE;
        for (int i = 0; i < 10; i++) {
            t = t.afterFailure(T0);
        }
        assertEquals(10, t.countingAt(T0));
        assertEquals(0, t.countingAt(T0.plus(Duration.ofHours(1)).plusSeconds(1)));
        t = t.afterFailure(T0.plus(Duration.ofHours(2)));
        assertEquals(1, t.countingAt(T0.plus(Duration.ofHours(2))), "counted afresh after the hour");
        assertFalse(t.lockedAt(T0.plus(Duration.ofHours(2))));
    }

    @Test
    void noMoreHashesRunAtOnceThanTheGateAllowsAndTheRestAreTurnedAway() throws Exception {
        HashGate gate = new HashGate(2, 50);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> gate.run(() -> {
                inside.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "hashed";
            }, () -> "busy"));
        }
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        assertEquals("busy", gate.run(() -> "hashed", () -> "busy"), "a third waits 50 ms, then is turned away");
        release.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, gate.available(), "every permit is back");
        assertEquals("hashed", gate.run(() -> "hashed", () -> "busy"));
    }

    @Test
    void refusedTokensAreRecordedAtOnceThenAtMostOnceAMinuteWithTheCount() {
        RefusalTally t = new RefusalTally();
        assertEquals(OptionalInt.of(1), t.refused("192.0.2.1", T0), "the first at once");
        assertEquals(OptionalInt.empty(), t.refused("192.0.2.1", T0.plusSeconds(1)));
        assertEquals(OptionalInt.empty(), t.refused("192.0.2.1", T0.plusSeconds(59)));
        assertEquals(OptionalInt.of(1), t.refused("192.0.2.2", T0.plusSeconds(2)), "each address on its own");
        assertEquals(OptionalInt.of(3), t.refused("192.0.2.1", T0.plusSeconds(60)), "the two held back and this one");
        assertEquals(OptionalInt.empty(), t.refused("192.0.2.1", T0.plusSeconds(61)));
        assertEquals(OptionalInt.of(1), t.refused(null, T0), "an unknown address is one of its own");
    }

    @Test
    void aBurstOfRefusedTokensFollowedBySilenceIsHandedOverOnceItsMinuteHasPassed() {
        RefusalTally t = new RefusalTally();
        assertEquals(OptionalInt.of(1), t.refused("192.0.2.1", T0), "the first at once");
        for (int i = 1; i <= 999; i++) {
            assertEquals(OptionalInt.empty(), t.refused("192.0.2.1", T0.plusMillis(i)));
        }
        assertEquals(OptionalInt.of(1), t.refused("192.0.2.2", T0.plusSeconds(1)));
        t.refused("192.0.2.2", T0.plusSeconds(2));
        assertEquals(Optional.empty(), t.drain(T0.plusSeconds(59)), "nothing is a minute old yet");
        assertEquals(Optional.of(new RefusalTally.Held(999, 1)), t.drain(T0.plusSeconds(60)),
                "the 999 held back from the first address, whose minute has passed");
        assertEquals(Optional.of(new RefusalTally.Held(1, 1)), t.drain(T0.plusSeconds(62)), "then the second's one");
        assertEquals(Optional.empty(), t.drain(T0.plusSeconds(63)), "each is handed over once");
        assertEquals(OptionalInt.empty(), t.refused("192.0.2.1", T0.plusSeconds(90)),
                "a drained address stays quiet for its minute: the next is held, not written at once");
        assertEquals(Optional.of(new RefusalTally.Held(1, 1)), t.drain(T0.plusSeconds(121)));
        assertEquals(Optional.empty(), t.drain(T0.plusSeconds(200)));
        assertEquals(0, t.addresses(), "addresses that hold nothing and are quiet are forgotten");
    }

    @Test
    void pastTheBoundOfAddressesNoRefusalIsDroppedTheRestAreCountedTogether() {
        RefusalTally t = new RefusalTally();
        for (int i = 0; i < RefusalTally.MAX_ADDRESSES; i++) {
            String address = "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
            assertEquals(OptionalInt.of(1), t.refused(address, T0));
            t.refused(address, T0.plusSeconds(1)); // each now holds one back
        }
        assertEquals(OptionalInt.of(1), t.refused("192.0.2.9", T0.plusSeconds(70)),
                "no address can be forgotten (each holds a refusal): this one is counted with the others");
        assertEquals(OptionalInt.empty(), t.refused("192.0.2.10", T0.plusSeconds(71)));
        assertEquals(RefusalTally.MAX_ADDRESSES + 1, t.addresses());
        assertEquals(Optional.of(new RefusalTally.Held(RefusalTally.MAX_ADDRESSES, RefusalTally.MAX_ADDRESSES)),
                t.drain(T0.plusSeconds(70)), "every address's held refusal, none dropped");
        assertEquals(Optional.of(new RefusalTally.Held(1, 1)), t.drain(T0.plusSeconds(131)), "and the others' one");
    }
}
