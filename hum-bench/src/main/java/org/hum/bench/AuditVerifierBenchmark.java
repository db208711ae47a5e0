package org.hum.bench;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hum.audit.control.ChainExtension;
import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.AuditSlice;
import org.hum.audit.verify.ChainLink;
import org.hum.audit.verify.Checkpoint;
import org.hum.audit.verify.TrailCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit verifier's speed (issue aim: 100,000 entries a second or more): the whole
 * in-memory check of an honest trail of {@code entries} entries with a signed checkpoint
 * every 1,000, as the command-line verifier runs it after reading. Entries a second =
 * entries / (ms per op / 1000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditVerifierBenchmark {

    @Param({"100000"})
    int entries;

    AuditSlice trail;
    KeyPair key;

    @Setup(Level.Trial)
    public void buildAnHonestTrail() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        trail = honest(entries, key);
        TrailCheck.Result r = TrailCheck.verify(trail, key.getPublic());
        if (!r.ok() || r.entries() != entries) {
            throw new IllegalStateException("the generated trail does not verify: " + r.line());
        }
    }

    @Benchmark
    public TrailCheck.Result verifyWholeTrail() {
        return TrailCheck.verify(trail, key.getPublic());
    }

    static AuditSlice honest(int count, KeyPair key) {
        List<AuditEntry> entries = new ArrayList<>(count);
        Instant start = Instant.parse("2026-11-28T10:00:00Z");
        String[] actions = {"LOGIN_SUCCEEDED", "SOURCE_READ", "TRUE_IDENTITY_VIEWED", "SOURCE_LISTED"};
        for (long seq = 1; seq <= count; seq++) {
            entries.add(new AuditEntry(seq, start.plusMillis(seq), "officer" + (seq % 7), "CASE_OFFICER",
                    actions[(int) (seq % actions.length)], "SOURCE", "9f0c2d1e-4b5a-4c3d-8e7f-" + String.format("%012d", seq),
                    "SENSITIVE/COPPER", null, "SUCCESS", "127.0.0.1", "corr-" + seq, null).sealed());
        }
        List<ChainLink> links = new ArrayList<>(count);
        List<Checkpoint> checkpoints = new ArrayList<>();
        ChainExtension.Head head = ChainExtension.Head.START;
        List<ChainExtension.Committed> batch = new ArrayList<>();
        for (AuditEntry e : entries) {
            batch.add(ChainExtension.Committed.of(e));
            if (batch.size() == 1000 || e.seq() == count) {
                ChainExtension.Extension x = ChainExtension.extend(head, batch, seq -> true);
                links.addAll(x.links());
                head = x.head();
                Checkpoint c = ChainExtension.sign(key, head, start.plusSeconds(head.seq()));
                checkpoints.add(new Checkpoint(checkpoints.size() + 1, c.lastSeq(), c.entryCount(), c.chainHash(),
                        c.signedAt(), c.signature(), c.keyId()));
                batch.clear();
            }
        }
        return new AuditSlice(entries, links, checkpoints, true);
    }
}
