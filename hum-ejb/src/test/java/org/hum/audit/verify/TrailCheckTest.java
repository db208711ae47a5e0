package org.hum.audit.verify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrailCheckTest {

    private static TrailCheck.Result check(AuditSlice slice) {
        return TrailCheck.verify(slice, Trails.KEY.getPublic());
    }

    private static AuditSlice withEntries(AuditSlice s, List<AuditEntry> entries) {
        return new AuditSlice(entries, s.links(), s.checkpoints(), s.complete());
    }

    @Test
    void honestTrailIsOkWithItsCountAndCheckpoints() {
        AuditSlice s = Trails.honest(25, 1, 10);
        TrailCheck.Result r = check(s);
        assertTrue(r.ok(), r.line());
        assertEquals("OK 25 entries, 2 checkpoints", r.line());
    }

    @Test
    void recordedGapsAreAcceptedAndNotCounted() {
        AuditSlice s = Trails.honest(25, 2, 10, 4, 5, 17);
        assertEquals("OK 22 entries, 2 checkpoints", check(s).line());
    }

    @Test
    void editedEntryIsNamed() {
        for (int seed = 0; seed < 20; seed++) {
            AuditSlice s = Trails.honest(30, seed, 10);
            int victim = new Random(seed).nextInt(30);
            List<AuditEntry> entries = new ArrayList<>(s.entries());
            AuditEntry e = entries.get(victim);
            entries.set(victim, new AuditEntry(e.seq(), e.occurredAt(), "someone-else", e.actorRoles(), e.action(),
                    e.objectType(), e.objectId(), e.label(), e.purpose(), e.outcome(), e.clientAddress(),
                    e.correlationId(), e.entryHash()));
            TrailCheck.Result r = check(withEntries(s, entries));
            assertFalse(r.ok());
            assertEquals(e.seq(), r.brokenAt(), r.line());
            assertTrue(r.what().contains("edited"), r.what());
        }
    }

    @Test
    void editedEntryWithItsOwnHashRecomputedIsStillNamed() {
        AuditSlice s = Trails.honest(30, 3, 10);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        AuditEntry e = entries.get(12);
        entries.set(12, new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), "SOURCE_LISTED",
                e.objectType(), e.objectId(), e.label(), e.purpose(), "REFUSED", e.clientAddress(), e.correlationId(),
                null).sealed());
        TrailCheck.Result r = check(withEntries(s, entries));
        assertEquals(13, r.brokenAt(), r.line());
    }

    @Test
    void deletedEntryIsNamed() {
        AuditSlice s = Trails.honest(30, 4, 10);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        entries.remove(6); // seq 7
        TrailCheck.Result r = check(withEntries(s, entries));
        assertEquals("BROKEN at seq 7: the chain records an entry here but it is missing (deleted entry)", r.line());
    }

    @Test
    void deletedEntryAndItsLinkAreNamed() {
        AuditSlice s = Trails.honest(30, 5, 10);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        List<ChainLink> links = new ArrayList<>(s.links());
        entries.remove(20);
        links.remove(20); // seq 21
        TrailCheck.Result r = check(new AuditSlice(entries, links, s.checkpoints(), true));
        assertEquals(21, r.brokenAt(), r.line());
    }

    @Test
    void reorderedEntriesAreNamedAtTheFirstMovedOne() {
        AuditSlice s = Trails.honest(30, 6, 10);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        AuditEntry a = entries.get(8);  // seq 9
        AuditEntry b = entries.get(14); // seq 15
        entries.set(8, b.withSeq(9, b.entryHash()));
        entries.set(14, a.withSeq(15, a.entryHash()));
        TrailCheck.Result r = check(withEntries(s, entries));
        assertEquals(9, r.brokenAt(), r.line());
        assertTrue(r.what().contains("reordered"), r.what());
    }

    @Test
    void insertedEntryIsNamed() {
        AuditSlice s = Trails.honest(30, 7, 100); // no checkpoint: the insert shifts the unchained tail
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntry e : s.entries()) {
            if (e.seq() >= 11) {
                entries.add(e.withSeq(e.seq() + 1, e.entryHash()));
            } else {
                entries.add(e);
            }
        }
        entries.add(10, Trails.entry(11, new Random(99)));
        TrailCheck.Result r = check(withEntries(s, entries));
        assertEquals(11, r.brokenAt(), r.line());
    }

    @Test
    void entryInsertedIntoARecordedGapIsNamed() {
        AuditSlice s = Trails.honest(30, 8, 10, 12);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        entries.add(Trails.entry(12, new Random(1)));
        TrailCheck.Result r = check(withEntries(s, entries));
        assertEquals("BROKEN at seq 12: an entry sits where the chain recorded a gap (inserted entry)", r.line());
    }

    @Test
    void truncatedTailIsNamedAtTheFirstMissingSeq() {
        AuditSlice s = Trails.honest(30, 9, 10); // checkpoints at 10, 20, 30
        List<AuditEntry> entries = new ArrayList<>(s.entries().subList(0, 24));
        List<ChainLink> links = new ArrayList<>(s.links().subList(0, 24));
        TrailCheck.Result r = check(new AuditSlice(entries, links, s.checkpoints(), true));
        assertEquals(25, r.brokenAt(), r.line());
        assertTrue(r.what().contains("truncated"), r.what());
    }

    @Test
    void rewrittenChainIsCaughtByTheSignedCheckpoint() {
        AuditSlice s = Trails.honest(30, 10, 10);
        // the attacker edits seq 14 and recomputes its hash, every link after it, but cannot sign
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        AuditEntry e = entries.get(13);
        entries.set(13, new AuditEntry(e.seq(), e.occurredAt(), "nobody", e.actorRoles(), e.action(), e.objectType(),
                e.objectId(), e.label(), e.purpose(), e.outcome(), e.clientAddress(), e.correlationId(), null).sealed());
        List<ChainLink> links = new ArrayList<>(s.links().subList(0, 13));
        byte[] prev = links.get(12).chainHash();
        for (AuditEntry x : entries.subList(13, entries.size())) {
            ChainLink l = ChainLink.next(x.seq(), prev, x.entryHash());
            links.add(l);
            prev = l.chainHash();
        }
        TrailCheck.Result r = check(new AuditSlice(entries, links, s.checkpoints(), true));
        assertEquals(20, r.brokenAt(), r.line());
        assertTrue(r.what().contains("checkpoint #2"), r.what());
    }

    @Test
    void forgedCheckpointSignatureIsNamed() {
        AuditSlice s = Trails.honest(20, 11, 10);
        List<Checkpoint> cps = new ArrayList<>(s.checkpoints());
        Checkpoint c = cps.get(0);
        byte[] sig = c.signature();
        sig[5] ^= 1;
        cps.set(0, new Checkpoint(c.id(), c.lastSeq(), c.entryCount(), c.chainHash(), c.signedAt(), sig, c.keyId()));
        TrailCheck.Result r = check(new AuditSlice(s.entries(), s.links(), cps, true));
        assertEquals(10, r.brokenAt(), r.line());
        assertTrue(r.what().contains("signature"), r.what());
    }

    @Test
    void checkpointOfAnotherKeyIsRefused() {
        AuditSlice s = Trails.honest(10, 12, 10);
        TrailCheck.Result r = TrailCheck.verify(s, Trails.newKey().getPublic());
        assertFalse(r.ok());
        assertEquals(10, r.brokenAt());
    }

    @Test
    void newerUnchainedEntriesArePendingNotBroken() {
        AuditSlice s = Trails.honest(20, 13, 10);
        List<AuditEntry> entries = new ArrayList<>(s.entries());
        entries.add(Trails.entry(21, new Random(3)));
        TrailCheck.Result r = check(withEntries(s, entries));
        assertTrue(r.ok(), r.line());
        assertEquals(1, r.pending());
        assertEquals("OK 20 entries, 2 checkpoints", r.line());
    }

    @Test
    void filteredSliceAnchoredOnACheckpointVerifies() {
        AuditSlice s = Trails.honest(30, 14, 10);
        List<AuditEntry> chosen = s.entries().stream().filter(e -> e.seq() > 10 && e.seq() <= 20 && e.seq() % 3 == 0).toList();
        AuditSlice slice = new AuditSlice(chosen, s.links().subList(10, 20), s.checkpoints().subList(0, 2), false);
        TrailCheck.Result r = check(slice);
        assertEquals("OK " + chosen.size() + " entries, 2 checkpoints", r.line());
    }

    @Test
    void filteredSliceWithoutItsAnchorIsRefused() {
        AuditSlice s = Trails.honest(30, 15, 10);
        AuditSlice slice = new AuditSlice(s.entries().subList(11, 15), s.links().subList(10, 20),
                s.checkpoints().subList(1, 2), false);
        assertEquals(11, check(slice).brokenAt());
    }
}
