package org.hum.audit.verify;

import org.hum.audit.control.ChainExtension;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds honest trails in memory, the way the writer and the chainer do, for tests to tamper with. */
final class Trails {
    static final KeyPair KEY = newKey();

    private Trails() {
    }

    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditEntry entry(long seq, Random random) {
        String[] actions = {"LOGIN_SUCCEEDED", "SOURCE_READ", "TRUE_IDENTITY_VIEWED", "SOURCE_LISTED"};
        return new AuditEntry(seq, Instant.parse("2026-11-28T10:00:00Z").plusNanos(random.nextInt(1_000_000) * 1000L + seq * 1_000_000_000L),
                "officer" + random.nextInt(3), "CASE_OFFICER", actions[random.nextInt(actions.length)], "SOURCE",
                "id-" + random.nextInt(1000), "SENSITIVE/COPPER", null, "SUCCESS", "10.0.0." + random.nextInt(255),
                "corr-" + seq, null).sealed();
    }

    /** {@code count} entries numbered from 1, except the {@code gaps}, chained with a checkpoint every {@code every} seqs. */
    static AuditSlice honest(int count, long seed, int every, long... gaps) {
        Random random = new Random(seed);
        List<AuditEntry> entries = new ArrayList<>();
        List<ChainLink> links = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        ChainExtension.Head head = ChainExtension.Head.START;
        for (long seq = 1; seq <= count; seq++) {
            long s = seq;
            boolean gap = java.util.Arrays.stream(gaps).anyMatch(g -> g == s);
            if (!gap) {
                entries.add(entry(seq, random));
            }
        }
        for (AuditEntry e : entries) {
            ChainExtension.Extension x = ChainExtension.extend(head, List.of(ChainExtension.Committed.of(e)), seq -> true);
            for (ChainLink l : x.links()) {
                links.add(l);
                head = new ChainExtension.Head(l.seq(), l.chainHash(), head.entryCount() + (l.gap() ? 0 : 1));
                if (l.seq() % every == 0) {
                    Checkpoint c = ChainExtension.sign(KEY, head, Instant.parse("2026-11-28T11:00:00Z").plusSeconds(l.seq()));
                    checkpoints.add(new Checkpoint(checkpoints.size() + 1, c.lastSeq(), c.entryCount(), c.chainHash(),
                            c.signedAt(), c.signature(), c.keyId()));
                }
            }
        }
        return new AuditSlice(entries, links, checkpoints, true);
    }
}
