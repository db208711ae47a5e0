package org.hum.audit.verify;

/** A slice in memory as a {@link Trail}: every range is the whole slice, looked up by sequence number. */
final class SliceTrail extends Trail {
    private final Range whole;

    /** The slice's sequence numbers must be distinct (TrailCheck checks it first). */
    SliceTrail(AuditSlice slice) {
        super(slice.complete(), slice.checkpoints(),
                slice.links().stream().mapToLong(ChainLink::seq).min().orElse(-1),
                slice.links().stream().mapToLong(ChainLink::seq).max().orElse(-1),
                slice.entries().stream().mapToLong(AuditEntry::seq).max().orElse(0));
        this.whole = Range.of(slice.entries(), slice.links());
    }

    @Override
    Range range(long from, long to) {
        return whole;
    }

    @Override
    ChainLink link(long seq) {
        return whole.link(seq);
    }
}
