package org.hum.access.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing from one client address across accounts, beside the per-account
 * {@link LoginThrottle}: after {@value #FREE_FAILURES} failed logins from one address, every
 * attempt from it (even a right one) is refused, without a password hash, for a delay that
 * doubles with each further failure, from 30 seconds up to 15 minutes. An address with no
 * failure for an hour starts afresh; a success does not reset it (one known account must not
 * buy unlimited guesses at the others). The answer is a wrong password's, so it reveals nothing.
 *
 * <p>Kept in this server's memory: each instance of a deployment counts its own, so an attacker
 * spread over n instances gets n times the free failures (docs/architecture.md, "Identity").
 */
public final class AddressThrottle {
    public static final int FREE_FAILURES = 20;
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ADDRESSES = 100_000;

    private record Record(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    private final Map<String, Record> byAddress = new ConcurrentHashMap<>();

    /** Whether attempts from this address are refused now. */
    public boolean isLocked(String address, Instant now) {
        Record r = address == null ? null : byAddress.get(address);
        return r != null && r.lockedUntil() != null && now.isBefore(r.lockedUntil());
    }

    public void failed(String address, Instant now) {
        if (address == null) {
            return;
        }
        if (byAddress.size() >= MAX_ADDRESSES) {
            forgetOld(now);
        }
        byAddress.compute(address, (a, r) -> {
            int before = r == null || r.lastFailure().plus(FORGET_AFTER).isBefore(now) ? 0 : r.failures();
            int failures = before + 1;
            Instant locked = null;
            if (failures >= FREE_FAILURES) {
                int doublings = Math.min(failures - FREE_FAILURES, 10);
                Duration delay = Duration.ofSeconds(30).multipliedBy(1L << doublings);
                locked = now.plus(delay.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : delay);
            }
            return new Record(failures, now, locked);
        });
    }

    /** How many failures this address has to its name now (0 once forgotten). */
    public int failures(String address, Instant now) {
        Record r = address == null ? null : byAddress.get(address);
        return r == null || r.lastFailure().plus(FORGET_AFTER).isBefore(now) ? 0 : r.failures();
    }

    private void forgetOld(Instant now) {
        for (Iterator<Map.Entry<String, Record>> i = byAddress.entrySet().iterator(); i.hasNext(); ) {
            Record r = i.next().getValue();
            if (r.lastFailure().plus(FORGET_AFTER).isBefore(now)) {
                i.remove();
            }
        }
    }
}
