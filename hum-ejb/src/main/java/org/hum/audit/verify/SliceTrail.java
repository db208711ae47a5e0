package org.hum.audit.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A slice in memory as a {@link Trail}: every range is the whole slice, looked up by sequence number. */
final class SliceTrail implements Trail, Trail.Range {
    private final AuditSlice slice;
    private final Map<Long, AuditEntry> entries = new HashMap<>();
    private final Map<Long, ChainLink> links = new HashMap<>();
    private final long firstLink;
    private final long lastLink;
    private final long maxEntry;

    /** The slice's sequence numbers must be distinct (TrailCheck checks it first). */
    SliceTrail(AuditSlice slice) {
        this.slice = slice;
        long first = -1;
        long last = -1;
        long max = 0;
        for (AuditEntry e : slice.entries()) {
            entries.put(e.seq(), e);
            max = Math.max(max, e.seq());
        }
        for (ChainLink l : slice.links()) {
            links.put(l.seq(), l);
            first = first < 0 ? l.seq() : Math.min(first, l.seq());
            last = Math.max(last, l.seq());
        }
        this.firstLink = first;
        this.lastLink = last;
        this.maxEntry = max;
    }

    @Override
    public boolean complete() {
        return slice.complete();
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return slice.checkpoints();
    }

    @Override
    public long firstLink() {
        return firstLink;
    }

    @Override
    public long lastLink() {
        return lastLink;
    }

    @Override
    public long maxEntry() {
        return maxEntry;
    }

    @Override
    public Range range(long from, long to) {
        return this;
    }

    @Override
    public AuditEntry entry(long seq) {
        return entries.get(seq);
    }

    @Override
    public ChainLink link(long seq) {
        return links.get(seq);
    }
}
