package org.hum.it;

import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.AuditHashes;
import org.hum.audit.verify.AuditKeys;
import org.hum.audit.verify.AuditSlice;
import org.hum.audit.verify.AuditVerifier;
import org.hum.audit.verify.Checkpoint;
import org.hum.audit.verify.JdbcTrail;
import org.hum.audit.verify.SliceJson;
import org.hum.audit.verify.TrailCheck;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail's witness outside the database (docs/operations.md, "The audit witness"): every
 * signed checkpoint reaches the witness file and the witness endpoint, the verifier holds the
 * trail to them, and a trail cut below a witnessed checkpoint (which looks whole alone) is named.
 * And an entry whose transaction commits long after its seq was handed out is chained, not
 * recorded as a gap.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AuditWitnessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static Path appHome() {
        return Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath().resolve("app");
    }

    static Path witnessFile() {
        return appHome().resolve("witness/audit-checkpoints.jsonl");
    }

    static PublicKey publicKey() throws Exception {
        return AuditKeys.readPublicPem(Files.readString(appHome().resolve("keys/audit-public.pem"), StandardCharsets.US_ASCII));
    }

    /** Chains and signs what is committed now, until the chain waits for nothing. */
    static long checkpointNow(String reviewer) throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            Api.Reply r = Api.post(reviewer, "audit/chain", "");
            assertEquals(200, r.status(), r.body());
            if (r.json().getJsonNumber("waitingFor").longValue() < 0) {
                return r.json().getJsonNumber("lastCheckpointSeq").longValue();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the chain kept waiting for a missing seq");
    }

    /** The witness file's checkpoints once it holds one at {@code seq} or later (appended within a tick or two). */
    static List<Checkpoint> witnessedThrough(long seq) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (Files.exists(witnessFile())) {
                List<Checkpoint> all = SliceJson.readWitness(Files.readString(witnessFile(), StandardCharsets.UTF_8));
                if (!all.isEmpty() && all.get(all.size() - 1).lastSeq() >= seq) {
                    return all;
                }
            }
            Thread.sleep(100); // polls the file; asserts nothing about time
        }
        throw new AssertionError("the witness file never reached the checkpoint at seq " + seq);
    }

    static String verify(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--public-key", appHome().resolve("keys/audit-public.pem").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditVerifier.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return status + "|" + out.toString(StandardCharsets.UTF_8).strip() + (status == 2 ? err.toString(StandardCharsets.UTF_8) : "");
    }

    static String[] database() {
        var db = Stand.current().database();
        return new String[] {"--jdbc", db.jdbcUrl(), "--user", db.app().user(), "--password", db.app().password()};
    }

    @Test
    void everyCheckpointReachesTheWitnessAndATrailCutBelowOneIsNamed() throws Exception {
        String reviewer = Api.token(reviewer1());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Api.get(reviewer, "audit?size=1").status());
        }
        long signed = checkpointNow(reviewer);
        List<Checkpoint> witnessed = witnessedThrough(signed);
        assertTrue(witnessed.stream().anyMatch(c -> c.lastSeq() == signed), "the checkpoint just signed is witnessed");
        for (int i = 1; i < witnessed.size(); i++) {
            assertTrue(witnessed.get(i).lastSeq() > witnessed.get(i - 1).lastSeq(), "appended in order, each once");
        }

        // the endpoint answers the same lines, for a second party to keep
        Api.Reply all = Api.get(reviewer, "audit/witness");
        assertEquals(200, all.status(), all.body());
        assertTrue(all.header("Content-Type").startsWith("application/x-ndjson"), all.header("Content-Type"));
        String fileText = Files.readString(witnessFile(), StandardCharsets.UTF_8);
        for (Checkpoint c : SliceJson.readWitness(all.body())) {
            if (c.lastSeq() <= signed) {
                assertTrue(fileText.contains(SliceJson.witnessLine(c)), "the file holds the endpoint's line for seq " + c.lastSeq());
            }
        }
        Api.Reply after = Api.get(reviewer, "audit/witness?after=" + (signed - 1));
        assertEquals(signed, SliceJson.readWitness(after.body()).get(0).lastSeq(), after.body());
        assertEquals(400, Api.get(reviewer, "audit/witness?after=minus-one").status());
        assertEquals(400, Api.get(reviewer, "audit/witness?after=-1").status());
        assertEquals(403, Api.get(Api.token(officer1()), "audit/witness").status());

        // the verifier holds the database's trail to the witness
        List<String> args = new ArrayList<>(List.of(database()));
        args.addAll(List.of("--witness", witnessFile().toString()));
        String honest = verify(args.toArray(String[]::new));
        assertTrue(honest.startsWith("0|OK ") && honest.contains(" witnessed"), honest);

        // the trail as the database holds it, less the newest witnessed checkpoint and everything from
        // its seq on, deleted together: alone it verifies; beside the witness it is cut off
        AuditSlice trail;
        try (Connection c = Stand.current().rootConnection()) {
            c.setCatalog(Stand.DATABASE);
            trail = JdbcTrail.readAll(c);
        }
        AuditSlice cut = new AuditSlice(trail.entries().stream().filter(e -> e.seq() < signed).toList(),
                trail.links().stream().filter(l -> l.seq() < signed).toList(),
                trail.checkpoints().stream().filter(c -> c.lastSeq() < signed).toList(), true);
        assertTrue(TrailCheck.verify(cut, publicKey()).ok(), "alone, a cut tail looks whole");
        TrailCheck.Result named = TrailCheck.verify(cut, publicKey(), witnessed);
        assertFalse(named.ok(), named.line());
        assertEquals(signed, named.brokenAt(), named.line());
        assertTrue(named.what().contains("up to seq " + signed), named.what());
    }

    @Test
    void anEntryCommittedLongAfterItsSeqWasHandedOutIsChainedNotMadeAGap() throws Exception {
        String reviewer = Api.token(reviewer1());
        checkpointNow(reviewer);
        long held;
        try (Connection app = Stand.current().appConnection()) {
            app.setAutoCommit(false);
            AuditEntry entry = new AuditEntry(0, Instant.now(), "it-late-writer", "NONE", "LATE_COMMIT_PROBE", "TEST",
                    UUID.randomUUID().toString(), null, null, "SUCCESS", null, null, new byte[32]);
            try (PreparedStatement s = app.prepareStatement("INSERT INTO audit_event (occurred_at, actor, actor_roles, "
                    + "action, object_type, object_id, outcome, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setTimestamp(1, Timestamp.from(entry.occurredAt()));
                s.setString(2, entry.actor());
                s.setString(3, entry.actorRoles());
                s.setString(4, entry.action());
                s.setString(5, entry.objectType());
                s.setString(6, entry.objectId());
                s.setString(7, entry.outcome());
                s.setBytes(8, AuditHashes.entryHash(entry));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    held = keys.getLong(1);
                }
            }
            // entries after it commit, and the gap timeout (2 s on the stand) passes three times over
            // while the transaction stays open: the chain must wait for it, not record a gap
            for (int i = 0; i < 6; i++) {
                assertEquals(200, Api.get(reviewer, "audit?size=1").status());
                Thread.sleep(1000);
            }
            Api.Reply waiting = Api.post(reviewer, "audit/chain", "");
            assertEquals(held, waiting.json().getJsonNumber("waitingFor").longValue(), waiting.body());
            assertTrue(waiting.json().getJsonNumber("chainedThrough").longValue() < held, waiting.body());
            app.commit();
        }
        long signed = checkpointNow(reviewer);
        assertTrue(signed > held, "chained and signed past the late entry");
        try (Connection root = Stand.current().rootConnection();
             PreparedStatement s = root.prepareStatement("SELECT gap, entry_hash IS NOT NULL FROM " + Stand.DATABASE
                     + ".audit_chain WHERE seq = ?")) {
            s.setLong(1, held);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the late entry has its link");
                assertFalse(r.getBoolean(1), "not a gap");
                assertTrue(r.getBoolean(2));
            }
        }
        String verdict = verify(database());
        assertTrue(verdict.startsWith("0|OK "), verdict);
    }
}
