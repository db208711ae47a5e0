package org.hum.audit.verify;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An audit trail as the verifier walks it: its checkpoints and bounds at once, its entries and
 * chain links a range of sequence numbers at a time, so that a trail read from the database is
 * never held whole in memory (docs/operations.md, "The audit verifier"). An exported slice is
 * one range already in memory ({@link SliceTrail}).
 */
abstract class Trail {
    private final boolean complete;
    private final List<Checkpoint> checkpoints;
    private final long firstLink;
    private final long lastLink;
    private final long maxEntry;

    /**
     * @param complete    the whole trail (every chained entry must be present), not a filtered slice
     * @param checkpoints every checkpoint, in no particular order (a few hundred: one every few thousand entries)
     * @param firstLink   the lowest sequence number with a chain link, or -1 when there is none
     * @param lastLink    the highest sequence number with a chain link, or -1 when there is none
     * @param maxEntry    the highest sequence number of an entry, or 0 when there is none
     */
    Trail(boolean complete, List<Checkpoint> checkpoints, long firstLink, long lastLink, long maxEntry) {
        this.complete = complete;
        this.checkpoints = List.copyOf(checkpoints);
        this.firstLink = firstLink;
        this.lastLink = lastLink;
        this.maxEntry = maxEntry;
    }

    final boolean complete() {
        return complete;
    }

    final List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    final long firstLink() {
        return firstLink;
    }

    final long lastLink() {
        return lastLink;
    }

    final long maxEntry() {
        return maxEntry;
    }

    /** The entries and links with sequence numbers from {@code from} to {@code to}, both included. */
    abstract Range range(long from, long to) throws SQLException;

    /** The chain link at this sequence number, or null (a witnessed checkpoint's). */
    abstract ChainLink link(long seq) throws SQLException;

    /** A range's entries and links by sequence number. */
    interface Range {
        AuditEntry entry(long seq);

        ChainLink link(long seq);

        /** These entries and links, looked up by sequence number (each number must be carried once). */
        static Range of(Collection<AuditEntry> entries, Collection<ChainLink> links) {
            Map<Long, AuditEntry> bySeq = new HashMap<>();
            entries.forEach(e -> bySeq.put(e.seq(), e));
            Map<Long, ChainLink> linkBySeq = new HashMap<>();
            links.forEach(l -> linkBySeq.put(l.seq(), l));
            return new Range() {
                @Override
                public AuditEntry entry(long seq) {
                    return bySeq.get(seq);
                }

                @Override
                public ChainLink link(long seq) {
                    return linkBySeq.get(seq);
                }
            };
        }
    }
}
