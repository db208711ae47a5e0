package org.hum.audit.verify;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier walks a database's trail a range at a time: the same verdicts as over the whole
 * slice, wherever a range ends, and never more than one range of entries held.
 */
class RangedTrailCheckTest {

    /** A slice served as the database serves it: only the asked range, counted. */
    private static final class Ranged extends Trail {
        private final SliceTrail whole;
        int ranges;
        int widest;

        Ranged(AuditSlice slice) {
            this(new SliceTrail(slice));
        }

        private Ranged(SliceTrail whole) {
            super(true, whole.checkpoints(), whole.firstLink(), whole.lastLink(), whole.maxEntry());
            this.whole = whole;
        }

        @Override
        Range range(long from, long to) {
            ranges++;
            widest = (int) Math.max(widest, to - from + 1);
            return new Range() {
                @Override
                public AuditEntry entry(long seq) {
                    if (seq < from || seq > to) {
                        throw new AssertionError("entry " + seq + " asked for outside the range " + from + "-" + to);
                    }
                    return whole.range(from, to).entry(seq);
                }

                @Override
                public ChainLink link(long seq) {
                    if (seq < from || seq > to) {
                        throw new AssertionError("link " + seq + " asked for outside the range " + from + "-" + to);
                    }
                    return whole.range(from, to).link(seq);
                }
            };
        }

        @Override
        ChainLink link(long seq) {
            return whole.link(seq);
        }
    }

    @Test
    void anHonestTrailIsOkRangeByRangeWithTheSameCounts() throws SQLException {
        AuditSlice s = Trails.honest(25, 2, 10, 4, 5, 17);
        Ranged trail = new Ranged(s);
        TrailCheck.Result r = TrailCheck.verify(trail, Trails.KEY.getPublic(), 4);
        assertEquals(TrailCheck.verify(s, Trails.KEY.getPublic()).line(), r.line());
        assertEquals("OK 22 entries, 2 checkpoints", r.line());
        assertEquals(7, trail.ranges, "25 sequence numbers, 4 at a time");
        assertEquals(4, trail.widest);
    }

    @Test
    void anEditAnywhereIsNamedAtItsSeqWhateverRangeItFallsIn() throws SQLException {
        for (int victim = 0; victim < 30; victim++) {
            AuditSlice s = Trails.honest(30, victim, 10);
            List<AuditEntry> entries = new ArrayList<>(s.entries());
            AuditEntry e = entries.get(victim);
            entries.set(victim, new AuditEntry(e.seq(), e.occurredAt(), "someone-else", e.actorRoles(), e.action(),
                    e.objectType(), e.objectId(), e.label(), e.purpose(), e.outcome(), e.clientAddress(),
                    e.correlationId(), e.entryHash()));
            AuditSlice edited = new AuditSlice(entries, s.links(), s.checkpoints(), true);
            TrailCheck.Result r = TrailCheck.verify(new Ranged(edited), Trails.KEY.getPublic(), 7);
            assertFalse(r.ok());
            assertEquals(e.seq(), r.brokenAt(), r.line());
            assertEquals(TrailCheck.verify(edited, Trails.KEY.getPublic()).line(), r.line());
        }
    }

    @Test
    void aTruncatedTailAndADeletedEntryAreNamedAcrossRanges() throws SQLException {
        AuditSlice s = Trails.honest(30, 5, 10);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        entries.remove(13);
        AuditSlice deleted = new AuditSlice(entries, s.links(), s.checkpoints(), true);
        TrailCheck.Result r = TrailCheck.verify(new Ranged(deleted), Trails.KEY.getPublic(), 6);
        assertFalse(r.ok());
        assertTrue(r.what().contains("deleted"), r.what());
        assertEquals(TrailCheck.verify(deleted, Trails.KEY.getPublic()).line(), r.line());

        List<ChainLink> links = new ArrayList<>(s.links().subList(0, 25));
        AuditSlice truncated = new AuditSlice(s.entries().subList(0, 25), links, s.checkpoints(), true);
        TrailCheck.Result t = TrailCheck.verify(new Ranged(truncated), Trails.KEY.getPublic(), 6);
        assertFalse(t.ok());
        assertEquals(TrailCheck.verify(truncated, Trails.KEY.getPublic()).line(), t.line());
    }
}
