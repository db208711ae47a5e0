package org.hum.audit.verify;

import java.security.PublicKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks an audit trail in sequence order and names the first place where it no longer holds:
 * an entry whose fields do not match its hash (edited), a chained entry that is missing
 * (deleted), an entry where the chain recorded another (reordered or inserted) or a gap, a
 * link that does not follow the one before it, a checkpoint whose signature, chain hash or
 * entry count does not match (rewritten chain, truncated tail).
 *
 * <p>Entries newer than the chain's head are not yet chained (the chainer runs just after
 * commit): in a complete trail they are counted as pending, not as a fault, unless a signed
 * checkpoint claims a sequence number beyond the chain's end.
 */
public final class TrailCheck {

    /** The verdict. {@code brokenAt} is the first broken sequence number, or -1 when OK. */
    public record Result(boolean ok, long entries, int checkpoints, long pending, long brokenAt, String what,
                         int witnessed) {
        static Result broken(long seq, String what) {
            return new Result(false, 0, 0, 0, seq, what, 0);
        }

        /** The verifier's one line of output. */
        public String line() {
            return ok ? "OK " + entries + " entries, " + checkpoints + " checkpoints"
                    + (witnessed > 0 ? ", " + witnessed + " witnessed" : "")
                    : "BROKEN at seq " + brokenAt + ": " + what;
        }
    }

    /** How many sequence numbers the walk reads at once. */
    static final int RANGE = 50_000;

    private TrailCheck() {
    }

    public static Result verify(AuditSlice slice, PublicKey publicKey) {
        Result duplicate = duplicates(slice);
        if (duplicate != null) {
            return duplicate;
        }
        try {
            return verify(new SliceTrail(slice), publicKey);
        } catch (SQLException e) {
            throw new IllegalStateException("a slice in memory reads no database", e);
        }
    }

    /** The first sequence number two entries or two links of a slice carry, or null (the database's keys forbid it). */
    private static Result duplicates(AuditSlice slice) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (AuditEntry e : slice.entries()) {
            if (!seen.add(e.seq())) {
                return Result.broken(e.seq(), "two entries carry this sequence number (inserted entry)");
            }
        }
        seen.clear();
        for (ChainLink l : slice.links()) {
            if (!seen.add(l.seq())) {
                return Result.broken(l.seq(), "two chain links carry this sequence number");
            }
        }
        return null;
    }

    /**
     * Walks the trail in sequence order, {@value #RANGE} sequence numbers at a time: the memory it
     * needs does not grow with the trail.
     */
    static Result verify(Trail trail, PublicKey publicKey) throws SQLException {
        return verify(trail, publicKey, RANGE);
    }

    /** As {@link #verify(Trail, PublicKey)}, {@code rangeSize} sequence numbers at a time. */
    static Result verify(Trail trail, PublicKey publicKey, int rangeSize) throws SQLException {
        String keyId = AuditKeys.keyId(publicKey);
        TreeMap<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
        trail.checkpoints().stream().sorted(Comparator.comparingLong(Checkpoint::lastSeq).thenComparingLong(Checkpoint::id))
                .forEach(c -> checkpoints.computeIfAbsent(c.lastSeq(), k -> new ArrayList<>()).add(c));

        long start = 1;
        byte[] prev = AuditHashes.GENESIS;
        long baseCount = 0;
        int checkpointsVerified = 0;
        if (!trail.complete() && trail.firstLink() > 1) {
            // a slice starts just after a signed checkpoint: that checkpoint anchors its first link
            long first = trail.firstLink();
            List<Checkpoint> anchors = checkpoints.get(first - 1);
            if (anchors == null) {
                return Result.broken(first, "the slice starts at this sequence number but carries no checkpoint "
                        + "for seq " + (first - 1) + " to anchor it");
            }
            Checkpoint anchor = anchors.get(0);
            String bad = checkSignature(anchor, keyId, publicKey);
            if (bad != null) {
                return Result.broken(anchor.lastSeq(), bad);
            }
            start = first;
            prev = anchor.chainHash();
            baseCount = anchor.entryCount();
            checkpointsVerified++;
        }

        long lastLink = trail.lastLink() < 0 ? start - 1 : trail.lastLink();
        long maxEntry = trail.maxEntry();
        long maxCheckpoint = checkpoints.isEmpty() ? 0 : checkpoints.lastKey();
        long end = Math.max(lastLink, Math.max(maxEntry, maxCheckpoint));
        long chained = 0;
        long verified = 0;
        long pending = 0;
        Trail.Range range = null;
        long rangeEnd = start - 1;
        for (long seq = start; seq <= end; seq++) {
            if (seq > rangeEnd) {
                rangeEnd = Math.min(end, seq + rangeSize - 1);
                range = trail.range(seq, rangeEnd);
            }
            ChainLink link = range.link(seq);
            AuditEntry entry = range.entry(seq);
            if (link == null) {
                if (seq <= lastLink) {
                    return Result.broken(seq, "no chain link for this sequence number, though later ones exist "
                            + "(entry and link deleted)");
                }
                if (maxCheckpoint >= seq) {
                    return Result.broken(seq, "missing: a signed checkpoint covers the trail up to seq " + maxCheckpoint
                            + " but it ends at seq " + lastLink + " (tail truncated)");
                }
                if (entry != null) {
                    if (!trail.complete()) {
                        return Result.broken(seq, "the entry has no chain link in this slice");
                    }
                    if (!same(AuditHashes.entryHash(entry), entry.entryHash())) {
                        return Result.broken(seq, "the entry's fields do not match its own hash (edited entry)");
                    }
                    pending++;
                }
                continue;
            }
            if (!same(link.prevChainHash(), prev)) {
                return Result.broken(seq, "the chain link does not follow the one before it (links removed, "
                        + "reordered or inserted)");
            }
            byte[] chainHash = AuditHashes.chainHash(prev, link.gap() ? AuditHashes.GAP_MARKER : orZero(link.entryHash()), seq);
            if (!same(chainHash, link.chainHash()) || (!link.gap() && link.entryHash() == null)) {
                return Result.broken(seq, "the chain link's hash does not match its contents (chain edited)");
            }
            if (link.gap()) {
                if (entry != null) {
                    return Result.broken(seq, "an entry sits where the chain recorded a gap (inserted entry)");
                }
            } else {
                chained++;
                if (entry == null) {
                    if (trail.complete()) {
                        return Result.broken(seq, "the chain records an entry here but it is missing (deleted entry)");
                    }
                } else {
                    byte[] recomputed = AuditHashes.entryHash(entry);
                    if (!same(recomputed, entry.entryHash())) {
                        return Result.broken(seq, "the entry's fields do not match its own hash (edited entry)");
                    }
                    if (!same(recomputed, link.entryHash())) {
                        return Result.broken(seq, "the entry is not the one the chain recorded at this sequence "
                                + "number (edited, reordered or inserted entry)");
                    }
                    verified++;
                }
            }
            prev = chainHash;
            for (Checkpoint c : checkpoints.getOrDefault(seq, List.of())) {
                String bad = checkSignature(c, keyId, publicKey);
                if (bad == null && !same(c.chainHash(), chainHash)) {
                    bad = "the chain up to here differs from the one signed by checkpoint #" + c.id() + " (entries "
                            + "before it were rewritten)";
                }
                if (bad == null && c.entryCount() != baseCount + chained) {
                    bad = "checkpoint #" + c.id() + " counts " + c.entryCount() + " entries up to here but the chain "
                            + "holds " + (baseCount + chained) + " (entries removed or added)";
                }
                if (bad != null) {
                    return Result.broken(seq, bad);
                }
                checkpointsVerified++;
            }
        }
        return new Result(true, verified, checkpointsVerified, pending, -1, null, 0);
    }

    /**
     * As {@link #verify(AuditSlice, PublicKey)}, and then against the checkpoints a witness kept
     * outside the database (docs/operations.md, "The audit witness"). A trail cut below a
     * witnessed checkpoint (entries, links and checkpoints deleted together, which the trail alone
     * cannot show) is BROKEN, as is one rewritten or re-chained since, or missing a witnessed
     * checkpoint. A slice is held only to the witnessed checkpoints inside its range.
     */
    public static Result verify(AuditSlice slice, PublicKey publicKey, List<Checkpoint> witnessed) {
        Result duplicate = duplicates(slice);
        if (duplicate != null) {
            return duplicate;
        }
        try {
            return verify(new SliceTrail(slice), publicKey, witnessed);
        } catch (SQLException e) {
            throw new IllegalStateException("a slice in memory reads no database", e);
        }
    }

    /** As {@link #verify(AuditSlice, PublicKey, List)}, over a trail read a range at a time. */
    static Result verify(Trail slice, PublicKey publicKey, List<Checkpoint> witnessed) throws SQLException {
        Result trail = verify(slice, publicKey);
        if (!trail.ok() || witnessed.isEmpty()) {
            return trail;
        }
        String keyId = AuditKeys.keyId(publicKey);
        Map<Long, byte[]> signedHere = new HashMap<>();
        slice.checkpoints().forEach(c -> signedHere.put(c.lastSeq(), c.chainHash()));
        long lastLink = Math.max(0, slice.lastLink());
        long anchor = slice.complete() || slice.firstLink() < 0 ? 0 : slice.firstLink() - 1;
        int checked = 0;
        List<Checkpoint> inOrder = witnessed.stream().sorted(Comparator.comparingLong(Checkpoint::lastSeq)).toList();
        for (Checkpoint w : inOrder) {
            String bad = checkSignature(w, keyId, publicKey);
            if (bad != null) {
                return Result.broken(w.lastSeq(), "in the witness: " + bad);
            }
            if (w.lastSeq() < anchor || (!slice.complete() && w.lastSeq() > lastLink)) {
                continue; // outside the slice
            }
            if (w.lastSeq() > lastLink) {
                return Result.broken(lastLink + 1, "the trail ends at seq " + lastLink + " but the witness holds a "
                        + "checkpoint signed over it up to seq " + w.lastSeq() + " (tail cut off, its checkpoints with it)");
            }
            byte[] here = w.lastSeq() == anchor && anchor > 0 ? signedHere.get(anchor)
                    : chainHashAt(slice, w.lastSeq());
            if (here == null || !same(here, w.chainHash())) {
                return Result.broken(w.lastSeq(), "the chain up to here differs from the one the witness holds "
                        + "(rewritten or re-chained since it was witnessed)");
            }
            boolean kept = slice.checkpoints().stream().anyMatch(c -> c.lastSeq() == w.lastSeq()
                    && same(c.signature(), w.signature()));
            if (!kept) {
                return Result.broken(w.lastSeq(), "the witnessed checkpoint signed at " + w.signedAt()
                        + " is missing from the trail (deleted)");
            }
            checked++;
        }
        return new Result(true, trail.entries(), trail.checkpoints(), trail.pending(), -1, null, checked);
    }

    private static byte[] chainHashAt(Trail trail, long seq) throws SQLException {
        ChainLink link = trail.link(seq);
        return link == null ? null : link.chainHash();
    }

    private static String checkSignature(Checkpoint c, String keyId, PublicKey key) {
        if (!keyId.equals(c.keyId())) {
            return "checkpoint #" + c.id() + " was signed by key " + c.keyId() + ", not by the given public key " + keyId;
        }
        byte[] payload = AuditHashes.checkpointPayload(c.lastSeq(), c.entryCount(), c.chainHash(), c.signedAt(), c.keyId());
        return AuditKeys.verify(key, payload, c.signature()) ? null
                : "the signature of checkpoint #" + c.id() + " does not verify (checkpoint forged or edited)";
    }

    private static byte[] orZero(byte[] hash) {
        return hash == null ? new byte[32] : hash;
    }

    /**
     * Whether two hashes or signatures are the same bytes (both null counts as the same). Compared
     * with {@link java.security.MessageDigest#isEqual}, in time that does not depend on where they
     * differ; and not with {@code Arrays.equals}, whose hook in the fuzzer's runtime crashed the JVM
     * (docs/testing.md, "Fuzzing").
     */
    private static boolean same(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return a == b;
        }
        return java.security.MessageDigest.isEqual(a, b);
    }
}
