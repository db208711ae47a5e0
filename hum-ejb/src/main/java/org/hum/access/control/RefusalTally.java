package org.hum.access.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts refused bearer tokens by client address so that the trail records them without being
 * flooded (docs/architecture.md, "Audit trail"): the first refusal from an address is recorded at
 * once, and then at most one entry a minute, standing for every refusal since the last one.
 * Refusals held back are never lost: {@link #drain} hands over those whose minute has passed
 * though no later refusal came to carry them (a burst followed by silence), and an address is
 * forgotten only once it holds nothing; past {@link #MAX_ADDRESSES} the rest are counted together.
 */
public final class RefusalTally {
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 100_000;
    /** Where refusals from addresses past the bound are counted. */
    static final String OTHERS = "(other addresses)";

    private record Tally(Instant lastRecorded, int since) {
    }

    /** Refusals held back and handed over by {@link #drain}: how many, from how many addresses. */
    public record Held(int refusals, int addresses) {
    }

    private final Map<String, Tally> byAddress = new ConcurrentHashMap<>();

    /** Counts a refusal; the number of refusals the audit entry due now stands for, or empty when none is due. */
    public OptionalInt refused(String address, Instant now) {
        String key = address == null ? "(unknown)" : address;
        if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(key)) {
            // only addresses that hold nothing back are forgotten; if none can go, this one is counted with the others
            byAddress.values().removeIf(t -> t.since() == 0 && !now.isBefore(t.lastRecorded().plus(WINDOW)));
            if (byAddress.size() >= MAX_ADDRESSES) {
                key = OTHERS;
            }
        }
        int[] due = {0};
        byAddress.compute(key, (k, t) -> {
            if (t == null || !now.isBefore(t.lastRecorded().plus(WINDOW))) {
                due[0] = (t == null ? 0 : t.since()) + 1;
                return new Tally(now, 0);
            }
            return new Tally(t.lastRecorded(), t.since() + 1);
        });
        return due[0] == 0 ? OptionalInt.empty() : OptionalInt.of(due[0]);
    }

    /**
     * Hands over every refusal held back for a minute or more with no later one to carry it, and
     * forgets the addresses that hold nothing and have been quiet a minute; empty when none is held.
     */
    public Optional<Held> drain(Instant now) {
        int[] held = {0, 0};
        for (String key : byAddress.keySet()) {
            byAddress.computeIfPresent(key, (k, t) -> {
                if (now.isBefore(t.lastRecorded().plus(WINDOW))) {
                    return t;
                }
                if (t.since() == 0) {
                    return null;
                }
                held[0] += t.since();
                held[1]++;
                return new Tally(now, 0);
            });
        }
        return held[0] == 0 ? Optional.empty() : Optional.of(new Held(held[0], held[1]));
    }

    int addresses() {
        return byAddress.size();
    }
}
