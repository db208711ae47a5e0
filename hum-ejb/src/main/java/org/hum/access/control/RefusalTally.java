package org.hum.access.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts refused bearer tokens by client address so that the trail records them without being
 * flooded (docs/architecture.md, "Audit trail"): the first refusal from an address is recorded at
 * once, and then at most one entry a minute, standing for every refusal since the last one.
 */
public final class RefusalTally {
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 100_000;

    private record Tally(Instant lastRecorded, int since) {
    }

    private final Map<String, Tally> byAddress = new ConcurrentHashMap<>();

    /** Counts a refusal; the number of refusals the audit entry due now stands for, or empty when none is due. */
    public OptionalInt refused(String address, Instant now) {
        String key = address == null ? "(unknown)" : address;
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.values().removeIf(t -> t.lastRecorded().plus(WINDOW).isBefore(now));
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
}
