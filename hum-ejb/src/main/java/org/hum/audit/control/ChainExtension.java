package org.hum.audit.control;

import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.AuditHashes;
import org.hum.audit.verify.AuditKeys;
import org.hum.audit.verify.ChainLink;
import org.hum.audit.verify.Checkpoint;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * How the chain grows, without a container: the chainer's rules as plain functions.
 *
 * <p>Entries are chained strictly in sequence order. A sequence number with no committed
 * entry may still belong to a transaction in flight, so the chain waits for it; only when
 * the caller says it has been missing too long ({@code gapDue}) is it recorded as a gap, so
 * the chain can go on. The verifier accepts recorded gaps only.
 */
public final class ChainExtension {

    /** Where the chain ends now: the last link's seq and hash, and how many entries it holds. */
    public record Head(long seq, byte[] chainHash, long entryCount) {
        public static final Head START = new Head(0, AuditHashes.GENESIS, 0);
    }

    /** A committed entry as the chainer needs it: its seq and its stored hash. */
    public record Committed(long seq, byte[] entryHash) {
        public static Committed of(AuditEntry e) {
            return new Committed(e.seq(), e.entryHash());
        }
    }

    /** The links that extend the chain, and the head after them. */
    public record Extension(List<ChainLink> links, Head head, long waitingFor) {
    }

    private ChainExtension() {
    }

    /**
     * Chains {@code committed} (entries after the head, ascending by seq) as far as possible.
     * {@code waitingFor} is the missing seq the chain stopped at, or -1.
     */
    public static Extension extend(Head head, List<Committed> committed, LongPredicate gapDue) {
        List<ChainLink> links = new ArrayList<>();
        long seq = head.seq();
        byte[] prev = head.chainHash();
        long count = head.entryCount();
        long waitingFor = -1;
        for (Committed e : committed) {
            if (e.seq() <= seq) {
                continue;
            }
            while (e.seq() > seq + 1) {
                if (!gapDue.test(seq + 1)) {
                    waitingFor = seq + 1;
                    return new Extension(links, new Head(seq, prev, count), waitingFor);
                }
                ChainLink gap = ChainLink.gap(seq + 1, prev);
                links.add(gap);
                prev = gap.chainHash();
                seq++;
            }
            ChainLink link = ChainLink.next(e.seq(), prev, e.entryHash());
            links.add(link);
            prev = link.chainHash();
            seq = e.seq();
            count++;
        }
        return new Extension(links, new Head(seq, prev, count), waitingFor);
    }

    /** The seqs after {@code headSeq} and below the newest of {@code committed} that have no committed entry. */
    public static List<Long> missing(long headSeq, List<Committed> committed) {
        List<Long> out = new ArrayList<>();
        long prev = headSeq;
        for (Committed e : committed) {
            if (e.seq() <= prev) {
                continue;
            }
            for (long seq = prev + 1; seq < e.seq(); seq++) {
                out.add(seq);
            }
            prev = e.seq();
        }
        return out;
    }

    /** A checkpoint is due every {@code everyEntries} sequence numbers, or after {@code every} if the chain moved. */
    public static boolean checkpointDue(long lastCheckpointSeq, Instant lastCheckpointAt, long headSeq, Instant now,
                                        int everyEntries, Duration every) {
        if (headSeq <= lastCheckpointSeq) {
            return false;
        }
        return headSeq - lastCheckpointSeq >= everyEntries || lastCheckpointAt == null
                || !now.isBefore(lastCheckpointAt.plus(every));
    }

    /** Signs the head: the row id is assigned when it is stored. */
    public static Checkpoint sign(KeyPair key, Head head, Instant now) {
        String keyId = AuditKeys.keyId(key.getPublic());
        Checkpoint unsigned = new Checkpoint(0, head.seq(), head.entryCount(), head.chainHash(), now, new byte[0], keyId);
        byte[] signature = AuditKeys.sign(key.getPrivate(), AuditHashes.checkpointPayload(unsigned.lastSeq(),
                unsigned.entryCount(), unsigned.chainHash(), unsigned.signedAt(), keyId));
        return new Checkpoint(0, head.seq(), head.entryCount(), head.chainHash(), unsigned.signedAt(), signature, keyId);
    }
}
