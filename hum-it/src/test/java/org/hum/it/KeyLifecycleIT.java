package org.hum.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key lifecycle over REST and in the database: the key schema is out of the data
 * account's reach; both key levels rotate online; destruction is crypto-shredding.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class KeyLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDataAccountCannotReadTheKeySchemaAndTheDataSchemaHoldsNoKey() throws SQLException {
        String keysTable = Stand.current().database().keysSchema() + ".data_key";
        try (Connection c = Stand.current().appConnection(); var s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM " + keysTable));
            assertTrue(refused.getMessage().contains("denied"), refused.getMessage());
        }
        Cast.source("KESTREL");
        assertTrue(Rows.count(keysTable) >= 1, "the files' keys live in the key schema");
        try (Connection c = Stand.current().rootConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                     + Stand.current().database().name() + "' AND TABLE_NAME = 'data_key'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no key table left in the data schema");
        }
    }

    @Test
    void kekRotationRewrapsEveryLiveKeyWhileEverythingStillReads() {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        String before = register(officer, "KEKTEST", "Seraphina Keklund");

        Api.Reply rotated = Api.post(admin, "admin/keys/kek-rotations", "");
        assertEquals(200, rotated.status(), rotated.body());
        String newKek = rotated.json().getString("newKek");
        // every live key of the installation, whichever classes ran before: at least this class's file's
        assertTrue(rotated.json().getInt("rewrapped") >= 1, rotated.body());

        JsonObject status = Api.get(admin, "admin/keys").json();
        assertEquals(newKek, status.getString("currentKek"));
        JsonObject counts = status.getJsonObject("dataKeys");
        for (String kek : status.getJsonArray("keks").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()) {
            if (!kek.equals(newKek)) {
                assertFalse(counts.containsKey("wrappedBy:" + kek), "a live key is still wrapped by " + kek + ": " + counts);
            }
        }
        assertEquals("Seraphina Keklund", Api.get(officer, "sources/" + before).json().getJsonObject("identity").getString("trueName"));
        assertTrue(auditCount(admin1(), "KEK_ROTATED", newKek) == 1, "the rotation is in the audit trail");
        String after = register(officer, "KEKTEST2", "Octavian Postrotate");
        assertEquals("Octavian Postrotate", Api.get(officer, "sources/" + after).json().getJsonObject("identity").getString("trueName"));
    }

    @Test
    void dataKeyRotationReencryptsInTheBackgroundWithProgressAndNoFailedRead() throws Exception {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        String id = register(officer, "DEKTEST", "Benedikta Rotwell");
        byte[] before = column(id, "true_name");
        assertEquals(1, ByteBuffer.wrap(before, 17, 4).getInt(), "envelope names key version 1");

        AtomicBoolean reading = new AtomicBoolean(true);
        List<Integer> statuses = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                statuses.add(Api.get(officer, "sources/" + id).status());
            }
        });
        reader.start();
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + id + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location");
        assertTrue(location.endsWith("/admin/keys/jobs/" + started.json().getString("id")));

        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        reading.set(false);
        reader.join();
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(job.getInt("total"), job.getInt("done"));

        byte[] after = column(id, "true_name");
        assertEquals(2, ByteBuffer.wrap(after, 17, 4).getInt(), "envelope names key version 2");
        assertNotEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(after, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("Benedikta Rotwell", Api.get(officer, "sources/" + id).json().getJsonObject("identity").getString("trueName"));
        assertFalse(statuses.isEmpty());
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every read during the rotation succeeded: " + statuses);
        assertEquals(List.of("RETIRED", "ACTIVE"), keyStates(id));
    }

    @Test
    void destructionShredsTheFileAndAnEarlierCopyOfItsRowStaysUnreadable() throws SQLException {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        String id = register(officer, "SHREDTEST", "Evangelina Shredmore");
        byte[] copy = column(id, "true_name");
        assertTrue(countWhere("blind_index", "source_id", id) > 0, "the file is indexed for deconfliction");

        SourceRegistrationIT.assertProblem(Shredding.request(id, "short"), 400, "too short a reason");
        // destruction is two-person (docs/domain.md, "Retention and destruction (step 9)"): requested, then approved
        JsonObject destroyed = Shredding.shred(id, "Retention period ended and no re-validation");
        assertEquals(1, destroyed.getInt("keysDestroyed"));
        assertEquals(1, auditCount(authoriser1(), "SOURCE_DESTROYED", id), "the destruction is in the audit trail, by its approver");
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT d.reason, u.username FROM file_destruction d "
                     + "JOIN app_user u ON u.id = d.destroyed_by WHERE d.source_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the destruction's record");
                assertEquals("Retention period ended and no re-validation", rs.getString(1), "its reason is kept");
                assertEquals(authoriser1(), rs.getString(2), "and who approved and carried it out");
            }
        }

        SourceRegistrationIT.assertProblem(Api.get(officer, "sources/" + id), 410, "destroyed file");
        assertFalse(Api.get(officer, "sources?size=100").body().contains(id), "a destroyed file leaves the register");
        assertEquals(List.of("DESTROYED"), keyStates(id));
        SourceRegistrationIT.assertProblem(Api.post(admin, "admin/grants",
                "{\"sourceId\":\"" + id + ("\",\"username\":\"" + controller1() + "\",\"role\":\"CONTROLLER\"}")), 410, "grant on a destroyed file");
        assertEquals(0, countWhere("blind_index", "source_id", id), "its blind-index entries are gone too");
        Api.Reply check = DeconflictionSteps.check(officer1(), copper(),
                "{\"trueName\":\"Evangelina Shredmore\",\"dateOfBirth\":\"1975-05-05\"}");
        assertFalse(DeconflictionSteps.matched(check), "deconfliction no longer finds a destroyed file");
        SourceRegistrationIT.assertProblem(Shredding.request(id, "Retention period ended and no re-validation"), 410,
                "destroyed twice");

        // restore the row as a backup would have it: the ciphertext is there, its key is not
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("UPDATE source SET destroyed_at = NULL, true_name = ? WHERE id = ?")) {
            s.setBytes(1, copy);
            s.setString(2, id);
            assertEquals(1, s.executeUpdate());
        }
        Api.Reply restored = Api.get(officer, "sources/" + id);
        SourceRegistrationIT.assertProblem(restored, 409, "restored copy of a shredded file");
        assertFalse(restored.body().contains("Evangelina"));
    }

    /** A backup's copy of the key schema: every live wrapped data key, with the KEK that wraps it. */
    record KeyRow(String id, int version, String kekId, byte[] wrapped) {
        org.hum.crypto.control.WrappedDataKey wrappedKey() {
            return new org.hum.crypto.control.WrappedDataKey(UUID.fromString(id), version, kekId, wrapped);
        }
    }

    static List<KeyRow> keyRows(Connection c, String table) throws SQLException {
        List<KeyRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, version, kek_id, wrapped FROM " + table
                + " WHERE state <> 'DESTROYED'"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new KeyRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)));
            }
        }
        return rows;
    }

    /** The key store as the server holds it now, opened with the stand's key-store password. */
    static org.hum.crypto.control.KeyVault currentKeyStore() throws Exception {
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath();
        String password = java.nio.file.Files.readString(home.resolve("secrets/keystore.password")).strip();
        return org.hum.crypto.control.KeyVault.open(home.resolve("app/keys/kek.p12"), password.toCharArray());
    }

    @Test
    void aBackupOfTheKeySchemaFromBeforeADestructionOpensNothingWithTheKeyStoreAfterIt() throws Exception {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        String doomed = register(officer, "BACKSHRED", "Perpetua Backupworth");
        String kept = register(officer, "BACKKEEP", "Leopold Keepsafe");
        String doomedKey;
        String backup = Stand.DATABASE + "_restored_keys";
        try (Connection c = Stand.current().rootConnection(); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT dek_id FROM source WHERE id = '" + doomed + "'")) {
                assertTrue(rs.next());
                doomedKey = rs.getString(1);
            }
            // the backup: the key schema's table as it stands now, restored later into a fresh schema
            s.execute("DROP DATABASE IF EXISTS " + backup);
            s.execute("CREATE DATABASE " + backup);
            s.execute("CREATE TABLE " + backup + ".data_key LIKE " + Stand.keysTable());
            s.execute("INSERT INTO " + backup + ".data_key SELECT * FROM " + Stand.keysTable());
        }
        try {
            List<String> keksBefore = currentKeyStore().kekIds();
            JsonObject destroyed = Shredding.shred(doomed, "Retention period ended; the file is shredded with its backups");
            List<String> retired = destroyed.getJsonArray("keyEncryptionKeysRetired")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
            assertEquals(keksBefore, retired, "every KEK there was before the destruction is retired");
            String current = destroyed.getString("currentKeyEncryptionKey");
            assertFalse(keksBefore.contains(current));
            assertEquals(1, auditCount(authoriser1(), "KEK_RETIRED", doomed), "the retirement is in the audit trail");

            org.hum.crypto.control.KeyVault now = currentKeyStore();
            assertEquals(List.of(current), now.kekIds(), "the key store holds the new KEK only");
            try (Connection c = Stand.current().rootConnection()) {
                // the backup, restored into a fresh schema, with today's key store: the destroyed file's key does not open
                List<KeyRow> restored = keyRows(c, backup + ".data_key");
                KeyRow doomedRow = restored.stream().filter(r -> r.id().equals(doomedKey)).findFirst().orElseThrow();
                assertThrows(org.hum.crypto.control.CryptoIntegrityException.class, () -> now.unwrap(doomedRow.wrappedKey()),
                        "the destroyed file's key from the backup");
                // nor does any other key of that copy: a key backup taken before a destruction is void (docs/operations.md, "Backups")
                for (KeyRow r : restored) {
                    assertThrows(org.hum.crypto.control.CryptoIntegrityException.class, () -> now.unwrap(r.wrappedKey()));
                }
                // the key schema as it stands now: every live key opens, and the destroyed file's is not there
                List<KeyRow> live = keyRows(c, Stand.keysTable());
                assertTrue(live.stream().noneMatch(r -> r.id().equals(doomedKey)));
                for (KeyRow r : live) {
                    assertEquals(current, r.kekId(), "re-wrapped under the new KEK");
                    assertEquals(r.id(), now.unwrap(r.wrappedKey()).id().toString());
                }
            }
            SourceRegistrationIT.assertProblem(Api.get(officer, "sources/" + doomed), 410, "destroyed file");
            assertEquals("Leopold Keepsafe", Api.get(officer, "sources/" + kept).json().getJsonObject("identity")
                    .getString("trueName"), "every other file still reads");
        } finally {
            try (Connection c = Stand.current().rootConnection(); var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + backup);
            }
        }
    }

    @Test
    void rotationReencryptsEveryParticularAndShreddingLeavesThemUnreadable() throws Exception {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        Api.Reply r = Api.post(officer, "sources", RegistrationParticularsIT.full("ROTPART", "TUC-ROTPART", "R0T0001").build().toString());
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        List<String> columns = List.of("other_identities", "identity_documents", "photo", "existence_verification",
                "recruitment_circumstances", "employer", "occupation", "nationality", "immigration_benefit",
                "agency_relationships", "motivation_notes", "access_description", "security_welfare");
        for (String c : columns) {
            assertEquals(1, ByteBuffer.wrap(particular(id, c), 17, 4).getInt(), c + " under key version 1");
        }
        assertEquals(1, ByteBuffer.wrap(promise(id), 17, 4).getInt(), "promise under key version 1");

        Api.Reply started = Api.post(admin, "admin/keys/sources/" + id + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        for (String c : columns) {
            assertEquals(2, ByteBuffer.wrap(particular(id, c), 17, 4).getInt(), c + " re-encrypted under version 2");
        }
        assertEquals(2, ByteBuffer.wrap(promise(id), 17, 4).getInt(), "promise re-encrypted under version 2");
        JsonObject read = Api.get(officer, "sources/" + id).json().getJsonObject("particulars");
        assertEquals("Transportes Vellocino SA", read.getJsonObject("restricted").getString("employer"));
        assertEquals("Letter for Quirinal sentencing", read.getJsonArray("promises").getJsonObject(0).getString("description"));
        assertTrue(DeconflictionSteps.matched(DeconflictionSteps.check(officer1(), copper(),
                "{\"documentNumber\":\"R0T0001\",\"documentCountry\":\"MX\"}")), "documents still match after rotation");

        byte[] employerCopy = particular(id, "employer");
        Shredding.shred(id, "Retention period ended and no re-validation");
        assertEquals(0, countWhere("blind_index", "source_id", id), "document index entries are gone too");
        assertFalse(DeconflictionSteps.matched(DeconflictionSteps.check(officer1(), copper(),
                "{\"documentNumber\":\"R0T0001\",\"documentCountry\":\"MX\"}")), "a destroyed file's documents match no more");
        // a backup's copy: the row comes back, its key does not
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("UPDATE source SET destroyed_at = NULL WHERE id = ?")) {
            s.setString(1, id);
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(java.util.Arrays.equals(employerCopy, particular(id, "employer")), "the ciphertext is still there");
        Api.Reply restored = Api.get(officer, "sources/" + id);
        assertTrue(restored.status() >= 400 && restored.status() < 500, restored.status() + " " + restored.body());
        assertFalse(restored.body().contains("Vellocino") || restored.body().contains("Quirinal"), restored.body());
    }

    @Test
    void everyTextOfAFileFollowsItsKeyPastTheRetiredVersionsDestructionAndShreddingLeavesNoneReadable() throws Exception {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        String ao = Api.token(authoriser1());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        // a prospect first (its own key), registered into the file
        Api.Reply prospect = Api.post(officer, "prospects",
                ("{\"workingName\":\"Ximena the ferry clerk\",\"compartment\":\"" + copper() + "\"}"));
        assertEquals(201, prospect.status(), prospect.body());
        String pid = prospect.json().getString("id");
        assertEquals(201, Api.post(officer, "prospects/" + pid + "/contacts", "{\"contactOn\":\"" + today
                + "\",\"method\":\"MEETING\",\"notes\":\"Met at the Quillon ferry office\"}").status());
        Api.Reply r = Api.post(officer, "sources", RegistrationParticularsIT.full("ROTALL", "TUC-ROTALL", "R0TALL1")
                .add("prospectId", pid).build().toString());
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");

        // validation, an authorisation with a review, instructions, an OIA cancelled with a reason, a deactivation and a reactivation
        String vid = AuthorisationIT.validate(id);
        String aid = AuthorisationIT.apply(officer1(), id);
        assertEquals(200, Api.post(ao, "authorisations/" + aid + "/grant", AuthorisationIT.grantBody(true)).status());
        assertEquals(201, Api.post(Api.token(authoriser2()), "authorisations/" + aid + "/reviews", AuthorisationIT.review()).status());
        assertEquals(201, Api.post(officer, "sources/" + id + "/instructions",
                ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}")).status());
        Api.Reply oia = Api.post(ao, "sources/" + id + "/oia", AuthorisationIT.oia(today, today.plusDays(10)));
        assertEquals(201, oia.status(), oia.body());
        String oiaId = oia.json().getString("id");
        assertEquals(200, Api.post(ao, "oia/" + oiaId + "/cancellation", AuthorisationIT.reason("Courier route abandoned")).status());
        assertEquals(200, Api.post(officer, "sources/" + id + "/deactivation",
                "{\"reason\":\"Moved to the Quillon depot\",\"forCause\":false,\"sourceTold\":true}").status());
        assertEquals(200, Api.post(officer, "sources/" + id + "/reactivation", "{\"reason\":\"Back on the crossing\"}").status());
        assertEquals(1, envelopeVersion("SELECT necessity FROM authorisation WHERE id = ?", aid));

        // rotate; the job counts what it re-encrypted
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + id + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        assertEquals(0, started.json().getInt("total"), "not counted before the work is done");
        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        // identity 3, particulars 13 + promise 1, validation 3 + conclusion 1, authorisation 5 + review 3,
        // OIA conduct + end reason 2, standing reasons 2 at the least
        assertTrue(job.getInt("total") >= 33, job.toString());
        assertEquals(job.getInt("total"), job.getInt("done"));
        assertTrue(job.getString("detail").startsWith(job.getInt("total") + " encrypted field(s)"), job.toString());
        for (String[] q : new String[][] {
                {"SELECT necessity FROM authorisation WHERE id = ?", aid},
                {"SELECT confidential_info FROM authorisation WHERE id = ?", aid},
                {"SELECT information_obtained FROM authorisation_review WHERE authorisation_id = ?", aid},
                {"SELECT conduct FROM oia_authorisation WHERE id = ?", oiaId},
                {"SELECT end_reason FROM oia_authorisation WHERE id = ?", oiaId},
                {"SELECT proof_of_existence FROM validation WHERE id = ?", vid}}) {
            assertEquals(2, envelopeVersion(q[0], q[1]), q[0]);
        }

        // the janitor's work once the grace has passed: nothing is under version 1 any more, so it is destroyed
        awaitKeyStates(id, List.of("DESTROYED", "ACTIVE"));

        Map<String, String> reads = new java.util.LinkedHashMap<>();
        reads.put("authorisations/" + aid, "precursor routes");
        reads.put("sources/" + id + "/authorisations", "Courier route abandoned");
        reads.put("sources/" + id + "/validations/" + vid, "Suitable for use");
        reads.put("sources/" + id + "/standing", "Moved to the Quillon depot");
        reads.put("sources/" + id, "Transportes Vellocino SA");
        reads.put("prospects/" + pid, "Ximena the ferry clerk");
        for (var e : reads.entrySet()) {
            Api.Reply read = Api.get(officer, e.getKey());
            assertEquals(200, read.status(), e.getKey() + ": " + read.body());
            assertTrue(read.body().contains(e.getValue()), e.getKey() + " reads after the old version's destruction: " + read.body());
        }
        JsonObject a = Api.get(officer, "authorisations/" + aid).json();
        assertEquals("Two consignments identified.", a.getJsonArray("reviews").getJsonObject(0).getString("informationObtained"));
        assertTrue(Api.get(officer, "sources/" + id + "/validations/" + vid).body().contains("Passport sighted"));
        assertTrue(Api.get(officer, "sources/" + id + "/standing").body().contains("Back on the crossing"));
        assertTrue(Api.get(officer, "sources/" + id + "/authorisations").body().contains("Accompany the courier"));
        // a text added to a rotated row is sealed under the live version
        Api.Reply cancelled = Api.post(ao, "authorisations/" + aid + "/cancellation", AuthorisationIT.reason("Rotated and cancelled"));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("Rotated and cancelled", Api.get(officer, "authorisations/" + aid).json().getString("cancellationReason"));
        assertEquals(2, envelopeVersion("SELECT cancel_reason FROM authorisation WHERE id = ?", aid));
        reads.put("authorisations/" + aid, "Rotated and cancelled");

        // crypto-shredding: the file's live key and its prospect's key
        JsonObject destroyed = Shredding.shred(id, "Retention period ended and no re-validation");
        assertEquals(2, destroyed.getInt("keysDestroyed"), "version 2 of the file's key and the prospect's key");
        assertEquals(List.of("DESTROYED", "DESTROYED"), keyStates(id));
        assertEquals(1, auditCount(authoriser1(), "PROSPECT_DESTROYED", pid), "the prospect's destruction is in the audit trail");
        for (var e : reads.entrySet()) {
            Api.Reply read = Api.get(officer, e.getKey());
            assertTrue(read.status() >= 400 && read.status() < 500, e.getKey() + ": " + read.status() + " " + read.body());
            assertFalse(read.body().contains(e.getValue()), e.getKey() + " after shredding: " + read.body());
        }
        assertFalse(Api.get(officer, "prospects").body().contains(pid), "a shredded prospect leaves the lists");
        // a backup's copy: the rows come back, the keys do not
        Instant destroyedAt = Instant.parse(destroyed.getString("destroyedAt"));
        try {
            try (Connection c = Stand.current().rootConnection(); var s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE source SET destroyed_at = NULL WHERE id = '" + id + "'"));
                assertEquals(1, s.executeUpdate("UPDATE prospect SET status = 'REGISTERED' WHERE id = '" + pid + "'"));
            }
            for (var e : reads.entrySet()) {
                Api.Reply read = Api.get(officer, e.getKey());
                assertTrue(read.status() < 500, e.getKey() + ": " + read.status() + " " + read.body());
                assertFalse(read.body().contains(e.getValue()), e.getKey() + " from a restored copy: " + read.body());
            }
        } finally {
            // the shared stand gets its shredded rows back as they were, so other tests' lists are not poisoned
            try (Connection c = Stand.current().rootConnection();
                 PreparedStatement s = c.prepareStatement("UPDATE source SET destroyed_at = ? WHERE id = ?");
                 PreparedStatement p = c.prepareStatement("UPDATE prospect SET status = 'DESTROYED' WHERE id = ?")) {
                s.setTimestamp(1, java.sql.Timestamp.from(destroyedAt));
                s.setString(2, id);
                s.executeUpdate();
                p.setString(1, pid);
                p.executeUpdate();
            }
        }
    }

    /** The data-key version an envelope names (format byte, 16-byte key id, 4-byte version). */
    private static int envelopeVersion(String sql, String id) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), sql);
                return ByteBuffer.wrap(rs.getBytes(1), 17, 4).getInt();
            }
        }
    }

    private static byte[] particular(String id, String column) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM source_particulars WHERE source_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    private static byte[] promise(String id) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT description FROM source_promise WHERE source_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    @Test
    void aTextThatDoesNotOpenFailsTheRotationNamingItsRecordAndTheFileStaysUnderItsOldKey() throws Exception {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        String id = register(officer, "ROTFAIL", "Odalys Unopened");
        String[] change = deactivate(officer, id);
        String changeId = change[0];
        byte[] reason = java.util.Base64.getDecoder().decode(change[1]);
        byte[] altered = reason.clone();
        altered[altered.length - 1] ^= 1; // one bit of the tag: the reason no longer opens
        setReason(changeId, altered);

        JsonObject job = rotate(admin, id);
        assertEquals("FAILED", job.getString("state"), job.toString());
        String detail = job.getString("detail");
        assertTrue(detail.contains("source_status_change.reason of row " + changeId), detail);
        assertFalse(detail.contains("Quillon"), "the record is named, never its content: " + detail);
        assertEquals(1, envelopeVersion("SELECT true_name FROM source WHERE id = ?", id), "the file stays under its old key");
        assertEquals("Odalys Unopened", Api.get(officer, "sources/" + id).json().getJsonObject("identity").getString("trueName"));

        // once the row is mended the same rotation goes through
        setReason(changeId, reason);
        JsonObject again = rotate(admin, id);
        assertEquals("DONE", again.getString("state"), again.toString());
        assertEquals(2, envelopeVersion("SELECT reason FROM source_status_change WHERE id = ?", changeId));
    }

    @Test
    void aRetiredVersionIsDestroyedOnlyWhenNoCiphertextUsesItAndALateWriteUnderItIsMovedFirst() throws Exception {
        String admin = Api.token(admin1());
        String officer = Api.token(officer1());
        // two files, each with a text written under version 1 after its rotation committed (a late write);
        // one late write opens, the other does not
        String stuck = register(officer, "LATEBAD", "Casimira Stuckwell");
        String late = register(officer, "LATEOK", "Florentin Latewright");
        String[] stuckChange = deactivate(officer, stuck);
        String[] lateChange = deactivate(officer, late);
        // the janitor takes retired versions oldest first: the stuck file's is looked at before the other's
        byte[] stuckReason = java.util.Base64.getDecoder().decode(stuckChange[1]);
        byte[] broken = stuckReason.clone();
        broken[broken.length - 1] ^= 1;
        assertEquals("DONE", rotate(admin, stuck).getString("state"));
        plantUnderVersion1(stuckChange[0], broken); // within the grace period: the janitor has not looked yet
        assertEquals("DONE", rotate(admin, late).getString("state"));
        plantUnderVersion1(lateChange[0], java.util.Base64.getDecoder().decode(lateChange[1]));

        awaitKeyStates(late, List.of("DESTROYED", "ACTIVE"));
        assertEquals(2, envelopeVersion("SELECT reason FROM source_status_change WHERE id = ?", lateChange[0]),
                "the late write was moved to the current version before the old one was destroyed");
        Api.Reply standing = Api.get(officer, "sources/" + late + "/standing");
        assertEquals(200, standing.status(), standing.body());
        assertTrue(standing.body().contains("Moved to the Quillon depot"), "the late write still reads: " + standing.body());

        // the text that does not open cannot be moved: its version is kept, and the log says where it is used
        assertEquals(List.of("RETIRED", "ACTIVE"), keyStates(stuck));
        String dek = dekId(stuck);
        String kept = "Retired data key " + dek + " version 1 is kept: ciphertexts still use it in {source_status_change.reason=1}";
        String log = java.nio.file.Files.readString(Stand.current().serverLog());
        for (int i = 0; i < 60 && !log.contains(kept); i++) {
            Thread.sleep(500); // the server writes its log behind the janitor's pass; asserts nothing about time
            log = java.nio.file.Files.readString(Stand.current().serverLog());
        }
        assertTrue(log.contains(kept), "the kept version is logged with where it is used");
        assertFalse(log.contains("Stuckwell") || log.contains("Latewright"), "no identity in the log");

        // mended (the late write as it was written), it is moved and the version goes
        plantUnderVersion1(stuckChange[0], stuckReason);
        awaitKeyStates(stuck, List.of("DESTROYED", "ACTIVE"));
        assertEquals(2, envelopeVersion("SELECT reason FROM source_status_change WHERE id = ?", stuckChange[0]));
    }

    /** Deactivates the file with a reason; returns the status change's id and its reason's envelope (Base64). */
    private static String[] deactivate(String officer, String id) throws SQLException {
        assertEquals(200, Api.post(officer, "sources/" + id + "/deactivation",
                "{\"reason\":\"Moved to the Quillon depot\",\"forCause\":false,\"sourceTold\":true}").status());
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, reason FROM source_status_change WHERE source_id = ? AND reason IS NOT NULL")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return new String[] {rs.getString(1), java.util.Base64.getEncoder().encodeToString(rs.getBytes(2))};
            }
        }
    }

    /** A write that sealed its text under version 1 and committed after the re-encryption: its bytes and its version. */
    private static void plantUnderVersion1(String changeId, byte[] reason) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE source_status_change SET reason = ?, dek_version = 1 WHERE id = ?")) {
            s.setBytes(1, reason);
            s.setString(2, changeId);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static String dekId(String sourceId) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT dek_id FROM source WHERE id = ?")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    /** Waits (a minute at most) for the janitor, which runs every second on the test stand, to bring the file's key versions to these states. */
    static void awaitKeyStates(String sourceId, List<String> expected) throws Exception {
        for (int i = 0; i < 120 && !expected.equals(keyStates(sourceId)); i++) {
            Thread.sleep(500); // polls the key table; asserts nothing about time
        }
        assertEquals(expected, keyStates(sourceId));
    }

    private static void setReason(String changeId, byte[] reason) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("UPDATE source_status_change SET reason = ? WHERE id = ?")) {
            s.setBytes(1, reason);
            s.setString(2, changeId);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** Starts a data-key rotation of the file and polls the job until it is DONE or FAILED. */
    static JsonObject rotate(String admin, String id) throws InterruptedException {
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + id + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100); // polls the job's state; asserts nothing about time
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        return job;
    }

    @Test
    void onlyAdministratorsManageKeysAndBadRequestsAreRefused() {
        String officer = Api.token(officer1());
        String admin = Api.token(admin1());
        SourceRegistrationIT.assertProblem(Api.get(officer, "admin/keys"), 403, "officer reads key status");
        SourceRegistrationIT.assertProblem(Api.post(officer, "admin/keys/kek-rotations", ""), 403, "officer rotates");
        SourceRegistrationIT.assertProblem(Api.post(admin, "admin/keys/sources/" + UUID.randomUUID() + "/dek-rotations", ""),
                404, "unknown file");
        SourceRegistrationIT.assertProblem(Shredding.request("not-an-id", "Retention period ended and no re-validation"),
                404, "garbage id");
        SourceRegistrationIT.assertProblem(Api.post(Api.token(Cast.controller1()), "oversight/destructions", ""),
                400, "no body");
        // an administrator no longer destroys a file alone: the old one-person path is gone
        assertEquals(404, Api.post(admin, "admin/keys/sources/" + UUID.randomUUID() + "/destruction",
                "{\"reason\":\"Retention period ended and no re-validation\"}").status());
        SourceRegistrationIT.assertProblem(Api.get(admin, "admin/keys/jobs/" + UUID.randomUUID()), 404, "unknown job");
        String status = Api.get(admin, "admin/keys").body();
        assertFalse(status.contains("Mateo") || status.contains("KESTREL"), "no source content in key status");
    }

    private static long auditCount(String actor, String action, String objectId) {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND object_id = ?")) {
            s.setString(1, actor);
            s.setString(2, action);
            s.setString(3, objectId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long countWhere(String table, String column, String value) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String register(String token, String codeName, String trueName) {
        Api.Reply r = Api.post(token, "sources", Api.registration(codeName, copper(), trueName, "1975-05-05", "+1 555 020 0000"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static byte[] column(String id, String column) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM source WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    private static List<String> keyStates(String sourceId) throws SQLException {
        List<String> states = new ArrayList<>();
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT k.state, k.wrapped FROM " + Stand.current().database().keysSchema()
                     + ".data_key k JOIN source s ON s.dek_id = k.id WHERE s.id = ? ORDER BY k.version")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.add(rs.getString(1));
                    if ("DESTROYED".equals(rs.getString(1))) {
                        assertNull(rs.getBytes(2), "a destroyed key keeps no key material");
                    }
                }
            }
        }
        return states;
    }
}
