package org.hum.audit.verify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verifier against a witness's copy of the signed checkpoints. */
class WitnessCheckTest {

    private static TrailCheck.Result check(AuditSlice slice, List<Checkpoint> witnessed) {
        return TrailCheck.verify(slice, Trails.KEY.getPublic(), witnessed);
    }

    /** The trail cut to its first {@code keep} entries, with the links and checkpoints over them. */
    private static AuditSlice cut(AuditSlice s, int keep) {
        return new AuditSlice(s.entries().subList(0, keep), s.links().subList(0, keep),
                s.checkpoints().stream().filter(c -> c.lastSeq() <= keep).toList(), true);
    }

    private static List<Checkpoint> witnessOf(AuditSlice s) {
        StringBuilder file = new StringBuilder();
        s.checkpoints().forEach(c -> file.append(SliceJson.witnessLine(c)));
        return SliceJson.readWitness(file.toString()); // through the file format, as the verifier reads it
    }

    @Test
    void theHonestTrailIsOkAndSaysHowManyCheckpointsTheWitnessConfirmed() {
        AuditSlice s = Trails.honest(35, 21, 10);
        TrailCheck.Result r = check(s, witnessOf(s));
        assertTrue(r.ok(), r.line());
        assertEquals("OK 35 entries, 3 checkpoints, 3 witnessed", r.line());
    }

    @Test
    void aTailCutWithItsCheckpointsLooksWholeAloneAndIsBrokenBesideTheWitness() {
        AuditSlice s = Trails.honest(35, 22, 10);
        List<Checkpoint> witnessed = witnessOf(s);
        AuditSlice truncated = cut(s, 24); // entries 25-35 and the checkpoint at 30 deleted together
        assertTrue(TrailCheck.verify(truncated, Trails.KEY.getPublic()).ok(), "alone, the trail cannot show it");
        TrailCheck.Result r = check(truncated, witnessed);
        assertFalse(r.ok());
        assertEquals(25, r.brokenAt(), r.line());
        assertTrue(r.what().contains("up to seq 30"), r.what());
    }

    @Test
    void aTrailReChainedSinceTheWitnessSawItIsBroken() {
        AuditSlice original = Trails.honest(30, 23, 10);
        AuditSlice other = Trails.honest(30, 24, 10); // same shape, other entries: a trail built anew
        TrailCheck.Result r = check(other, witnessOf(original));
        assertFalse(r.ok());
        assertEquals(10, r.brokenAt(), r.line());
        assertTrue(r.what().contains("differs"), r.what());
    }

    @Test
    void aWitnessedCheckpointDeletedFromTheTrailIsBroken() {
        AuditSlice s = Trails.honest(30, 25, 10);
        List<Checkpoint> kept = new ArrayList<>(s.checkpoints());
        kept.remove(1); // the one at seq 20
        TrailCheck.Result r = check(new AuditSlice(s.entries(), s.links(), kept, true), witnessOf(s));
        assertEquals(20, r.brokenAt(), r.line());
        assertTrue(r.what().contains("missing"), r.what());
    }

    @Test
    void aForgedWitnessLineIsRefused() {
        AuditSlice s = Trails.honest(20, 26, 10);
        List<Checkpoint> witnessed = new ArrayList<>(witnessOf(s));
        Checkpoint c = witnessed.get(0);
        witnessed.set(0, new Checkpoint(c.id(), c.lastSeq(), c.entryCount() + 1, c.chainHash(), c.signedAt(),
                c.signature(), c.keyId()));
        TrailCheck.Result r = check(s, witnessed);
        assertEquals(10, r.brokenAt(), r.line());
        assertTrue(r.what().contains("witness") && r.what().contains("signature"), r.what());
    }

    @Test
    void aSliceIsHeldOnlyToTheWitnessedCheckpointsInsideIt() {
        AuditSlice s = Trails.honest(40, 27, 10);
        AuditSlice slice = new AuditSlice(s.entries().subList(10, 20), s.links().subList(10, 20),
                s.checkpoints().subList(0, 2), false);
        TrailCheck.Result r = check(slice, witnessOf(s));
        assertTrue(r.ok(), r.line());
        assertEquals(2, r.witnessed(), "the anchor at 10 and the checkpoint at 20; 30 and 40 lie beyond the slice");
    }

    @Test
    void aWitnessFileThatIsNotOneNamesItsBadLine() {
        AuditSlice s = Trails.honest(10, 28, 10);
        String good = SliceJson.witnessLine(s.checkpoints().get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SliceJson.readWitness(good + "\n{\"lastSeq\": \"ten\"}\n"));
        assertTrue(e.getMessage().startsWith("witness line 3"), e.getMessage());
        assertEquals(1, SliceJson.readWitness(good + "\n\n").size(), "blank lines are skipped");
    }
}
