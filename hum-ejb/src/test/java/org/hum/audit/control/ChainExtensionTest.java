package org.hum.audit.control;

import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.AuditHashes;
import org.hum.audit.verify.ChainLink;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainExtensionTest {
    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    private static ChainExtension.Committed e(long seq) {
        return ChainExtension.Committed.of(new AuditEntry(seq, T, "a", "R", "X", null, null, null, null, "SUCCESS",
                null, null, null).sealed());
    }

    @Test
    void chainsInSeqOrderFromGenesis() {
        var x = ChainExtension.extend(ChainExtension.Head.START, List.of(e(1), e(2), e(3)), s -> false);
        assertEquals(3, x.links().size());
        assertEquals(-1, x.waitingFor());
        byte[] h1 = AuditHashes.chainHash(AuditHashes.GENESIS, e(1).entryHash(), 1);
        byte[] h2 = AuditHashes.chainHash(h1, e(2).entryHash(), 2);
        assertArrayEquals(h2, x.links().get(1).chainHash());
        assertArrayEquals(h1, x.links().get(1).prevChainHash());
        assertEquals(3, x.head().seq());
        assertEquals(3, x.head().entryCount());
    }

    @Test
    void listsEveryMissingSeqBelowTheNewestCommittedSoTheyAgeTogether() {
        // a run of rolled-back seqs (3, 4, 5) and a lone one (7), after a head at 1
        assertEquals(List.of(3L, 4L, 5L, 7L), ChainExtension.missing(1, List.of(e(2), e(6), e(8))));
        assertEquals(List.of(), ChainExtension.missing(1, List.of(e(2), e(3))));
        assertEquals(List.of(), ChainExtension.missing(5, List.of()));
        assertEquals(List.of(6L), ChainExtension.missing(5, List.of(e(4), e(5), e(7))), "nothing at or below the head");
    }

    @Test
    void waitsAtAMissingSeqUntilItIsDueAsAGap() {
        List<ChainExtension.Committed> committed = List.of(e(1), e(2), e(4), e(5));
        var waiting = ChainExtension.extend(ChainExtension.Head.START, committed, s -> false);
        assertEquals(2, waiting.head().seq(), "stops before the missing seq 3");
        assertEquals(3, waiting.waitingFor());
        var resumed = ChainExtension.extend(waiting.head(), committed, s -> s == 3);
        assertEquals(3, resumed.links().size());
        ChainLink gap = resumed.links().get(0);
        assertTrue(gap.gap());
        assertEquals(3, gap.seq());
        assertArrayEquals(AuditHashes.chainHash(waiting.head().chainHash(), AuditHashes.GAP_MARKER, 3), gap.chainHash());
        assertEquals(5, resumed.head().seq());
        assertEquals(4, resumed.head().entryCount(), "a gap is not an entry");
    }

    @Test
    void entriesAtOrBeforeTheHeadAreSkipped() {
        var first = ChainExtension.extend(ChainExtension.Head.START, List.of(e(1), e(2)), s -> false);
        var again = ChainExtension.extend(first.head(), List.of(e(1), e(2), e(3)), s -> false);
        assertEquals(1, again.links().size());
        assertEquals(3, again.links().get(0).seq());
    }

    @Test
    void checkpointIsDueEveryNSeqsOrAfterTheIntervalWhenTheChainMoved() {
        Duration minute = Duration.ofSeconds(60);
        assertFalse(ChainExtension.checkpointDue(10, T, 10, T.plusSeconds(3600), 1000, minute), "nothing new");
        assertTrue(ChainExtension.checkpointDue(10, T, 1010, T.plusSeconds(1), 1000, minute));
        assertFalse(ChainExtension.checkpointDue(10, T, 1009, T.plusSeconds(59), 1000, minute));
        assertTrue(ChainExtension.checkpointDue(10, T, 11, T.plusSeconds(60), 1000, minute));
        assertTrue(ChainExtension.checkpointDue(0, null, 1, T, 1000, minute), "the first checkpoint");
    }
}
