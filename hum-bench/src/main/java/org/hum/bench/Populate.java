package org.hum.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.hum.api.source.IdentityDocument;
import org.hum.authorisation.entity.Authorisation;
import org.hum.crypto.control.CryptoProviders;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.crypto.control.KeyVault;
import org.hum.crypto.control.WrappedDataKey;
import org.hum.deconfliction.control.BlindIndex;
import org.hum.source.control.ParticularsRules;
import org.hum.standing.entity.SourceStatusChange;

/**
 * The data generator (docs/performance.md, "At scale"): fills a development installation that
 * {@code ./run} made with source files, their blind-index rows and audit entries, in bulk, so
 * that costs can be measured at 100,000 files. Each file is written as a registration writes it,
 * through the product's own key and encryption code: a data key of its own wrapped under the
 * installation's key-encryption key ({@link KeyVault}), the true name, date of birth, phone number
 * and particulars sealed by {@link FieldCipher} bound to their row and column, the identifiers
 * indexed by {@link BlindIndex} under the installation's index key, the registering officer as
 * handler with the identity grant, and the registration's audit entries with their hashes (the
 * server's chainer links them). Plain JDBC in batches, past the REST layer and its rules: for
 * measuring only, never on an installation that holds real files. The identities are invented.
 *
 * <pre>java -cp hum-bench/target/benchmarks.jar org.hum.bench.Populate [--home .hum] [--files 100000]
 *      [--documents 8] [--audit 1000000] [--officers 1000] [--jdbc jdbc:mariadb://127.0.0.1:3306/] [--database hum]
 *      [--at-rest PERCENT] [--authorised PERCENT]</pre>
 *
 * {@code --at-rest} deactivates that share of the files (a status change with its reason sealed as
 * a deactivation seals it) and {@code --authorised} gives another share a granted authorisation
 * in force (its texts sealed), so that the register's status and authorisation filters meet long
 * lists; neither fires what the product's own deactivation or grant would (notices, revocations).
 */
public final class Populate {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 500;
    /** The level the demo's files are at: SENSITIVE, the lowest of the default scheme. */
    private static final int LEVEL = 1;
    private static final String[] GIVEN = {"Ana", "Bruno", "Carla", "Diego", "Elena", "Fausto", "Gloria", "Hugo", "Irene",
        "Julio", "Karla", "Lucio", "Marta", "Nestor", "Olga", "Pedro", "Raquel", "Santos", "Teresa", "Ulises"};
    private static final String[] FAMILY = {"Arce", "Beltran", "Cordero", "Duarte", "Espino", "Fuentes", "Galindo",
        "Herrera", "Ibarra", "Juarez", "Lozano", "Medina", "Navarro", "Ochoa", "Pineda", "Quiroga", "Rosales", "Salazar"};
    private static final String[] BIRDS = {"AVOCET", "BOOBY", "CRANE", "DIPPER", "EIDER", "FINCH", "GREBE", "HOBBY",
        "JAY", "KNOT", "LINNET", "MARTIN", "NODDY", "ORIOLE", "PIPIT", "QUAIL", "ROBIN", "SISKIN", "TERN", "VIREO"};

    private final PopulateOptions o;
    private final KeyVault vault;
    private final BlindIndex index;
    private final FieldCipher cipher = new FieldCipher();
    private final String officer1;
    private final String officer2;
    /** Who granted the generated authorisations. */
    private final String authoriser1;
    /** The generated case officers' ids and usernames: most files are theirs, as in an agency of many officers. */
    private final List<String[]> officers = new ArrayList<>();
    private final String levelName;
    private final AtomicLong filesWritten = new AtomicLong();
    private final AtomicLong auditWritten = new AtomicLong();

    private Populate(PopulateOptions o) throws Exception {
        this.o = o;
        CryptoProviders.install();
        Path keys = o.home().resolve("app/keys");
        char[] password = Files.readString(o.home().resolve("secrets/keystore.password")).strip().toCharArray();
        vault = KeyVault.open(keys.resolve("kek.p12"), password);
        index = new BlindIndex(Files.readAllBytes(keys.resolve("blind-index.key")), o.expectedSources());
        try (Connection c = hum()) {
            officer1 = userId(c, "officer1");
            officer2 = userId(c, "officer2");
            authoriser1 = userId(c, "authoriser1");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM compartment WHERE code IN ('COPPER', 'MESA')"
                    + " HAVING COUNT(*) = 2")) {
                if (!rs.next()) {
                    throw new IllegalStateException("compartments COPPER and MESA not found: start ./run once first (it makes the demo)");
                }
            }
        }
        levelName = "SENSITIVE";
        officers();
    }

    /**
     * Case officers {@code gen-officer-N} in COPPER and MESA, made once: accounts that cannot sign in
     * (disabled, and a password hash no password matches), so that generated files are spread over
     * many handlers while officer1 and officer2 keep a caseload a person could carry.
     */
    private void officers() throws SQLException {
        try (Connection c = hum()) {
            c.setAutoCommit(false);
            try (PreparedStatement user = c.prepareStatement("INSERT IGNORE INTO app_user (id, username, display_name, "
                    + "password_hash, unit, clearance_level, enabled) VALUES (?, ?, ?, '!', 'NOGALES-RO', 2, FALSE)");
                 PreparedStatement role = c.prepareStatement("INSERT IGNORE INTO user_role (user_id, role) VALUES (?, 'CASE_OFFICER')");
                 PreparedStatement comp = c.prepareStatement("INSERT IGNORE INTO user_compartment (user_id, compartment_code) "
                         + "VALUES (?, ?)")) {
                for (int n = 1; n <= o.officers(); n++) {
                    String name = String.format("gen-officer-%05d", n);
                    String id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
                    user.setString(1, id);
                    user.setString(2, name);
                    user.setString(3, "Generated officer " + n);
                    user.addBatch();
                    role.setString(1, id);
                    role.addBatch();
                    for (String compartment : List.of("COPPER", "MESA")) {
                        comp.setString(1, id);
                        comp.setString(2, compartment);
                        comp.addBatch();
                    }
                    officers.add(new String[] {id, name});
                }
                user.executeBatch();
                role.executeBatch();
                comp.executeBatch();
                c.commit();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        PopulateOptions o;
        try {
            o = PopulateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Populate: " + e.getMessage());
            System.exit(2);
            return;
        }
        new Populate(o).run();
    }

    private void run() throws Exception {
        long before = count("SELECT COUNT(*) FROM source");
        long auditBefore = count("SELECT COALESCE(MAX(seq), 0) FROM audit_event");
        System.out.printf("Populate: %,d files, %d identity documents each (%,d blind-index rows), then audit entries to "
                + "%,d in all; %s has %,d files now%n", o.files(), o.documents(), (long) o.files() * (2 + o.documents()), o.audit(),
                o.database(), before);
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "populate");
            t.setDaemon(true); // a failed batch ends the run with its error, not a process left waiting
            return t;
        });
        List<Future<?>> work = new ArrayList<>();
        for (int from = 0; from < o.files(); from += BATCH) {
            int n = Math.min(BATCH, o.files() - from);
            int first = (int) before + from;
            work.add(pool.submit(() -> {
                files(first, n);
                return null;
            }));
        }
        await(work, "files", filesWritten, o.files());
        Duration filesTook = Duration.between(start, Instant.now());
        System.out.printf("  files: %,d in %.1f s (%,.0f a second)%n", o.files(), seconds(filesTook), o.files() / seconds(filesTook));
        long have = count("SELECT COUNT(*) FROM audit_event");
        long more = Math.max(0, o.audit() - have);
        Instant auditStart = Instant.now();
        List<String> readable = sample();
        work.clear();
        for (long done = 0; done < more; done += 2_000) {
            int n = (int) Math.min(2_000, more - done);
            work.add(pool.submit(() -> {
                reads(readable, n);
                return null;
            }));
        }
        await(work, "audit entries", auditWritten, more);
        pool.shutdown();
        Duration auditTook = Duration.between(auditStart, Instant.now());
        System.out.printf("  audit entries: %,d more in %.1f s (%,.0f a second); %,d in all%n", more, seconds(auditTook),
                more / Math.max(0.001, seconds(auditTook)), count("SELECT COUNT(*) FROM audit_event"));
        chained(auditBefore);
        System.out.printf("Populate: done in %.1f s. The server's jobs (due lists, the audit chainer) take the new files "
                + "in at their next runs.%n", seconds(Duration.between(start, Instant.now())));
    }

    /** Waits for the running server's chainer to link every entry written, and says how fast it went. */
    private void chained(long auditBefore) throws SQLException, InterruptedException {
        long target = count("SELECT COALESCE(MAX(seq), 0) FROM audit_event");
        long from = count("SELECT COALESCE(MAX(seq), 0) FROM audit_chain");
        Instant t0 = Instant.now();
        Instant deadline = t0.plus(Duration.ofMinutes(20));
        long chained = from;
        while (chained < target && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
            chained = count("SELECT COALESCE(MAX(seq), 0) FROM audit_chain");
        }
        double s = seconds(Duration.between(t0, Instant.now()));
        if (chained < target) {
            System.out.printf("  the audit chain: %,d of %,d entries linked after %.0f s (is the server running?)%n",
                    chained - auditBefore, target - auditBefore, s);
        } else {
            System.out.printf("  the audit chain: the server linked the last %,d entries in %.1f s after they were written "
                    + "(%,.0f a second)%n", target - from, s, (target - from) / Math.max(0.001, s));
        }
    }

    private void files(int first, int n) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection keys = connect(o.keysDatabase()); Connection c = hum()) {
            keys.setAutoCommit(false);
            c.setAutoCommit(false);
            try (PreparedStatement dk = keys.prepareStatement("INSERT INTO data_key (id, version, kek_id, wrapped, state, "
                    + "created_at) VALUES (?, 1, ?, ?, 'ACTIVE', ?)");
                 PreparedStatement src = c.prepareStatement("INSERT INTO source (id, source_number, code_name, compartment_code, "
                         + "classification_level, dek_id, dek_version, true_name, date_of_birth, phone_number, registered_at, "
                         + "registered_by, authorisation_ends_at, status) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement rest = c.prepareStatement("INSERT INTO source_status_change (id, source_id, status, "
                         + "changed_at, changed_by, for_cause, source_told, dek_version, reason) "
                         + "VALUES (?, ?, 'DEACTIVATED', ?, ?, 0, 1, 1, ?)");
                 PreparedStatement authorisation = c.prepareStatement("INSERT INTO authorisation (id, source_id, kind, status, "
                         + "dek_version, necessity, proportionality, tasks, collateral_intrusion, confidential_info, applied_at, "
                         + "applied_by, decided_at, decided_by, risks_explained, juvenile, term_started_at, ends_at, renewals) "
                         + "VALUES (?, ?, 'STANDARD', 'GRANTED', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, 0)");
                 PreparedStatement part = c.prepareStatement("INSERT INTO source_particulars (source_id, identity_documents, "
                         + "existence_verification, recruited_on, duty_to_report, foreign_national, access_kind, "
                         + "access_description, security_welfare) VALUES (?, ?, ?, ?, 0, 0, 'DIRECT', ?, ?)");
                 PreparedStatement grant = c.prepareStatement("INSERT INTO identity_grant (source_id, user_id, grant_role, "
                         + "granted_at, granted_by) VALUES (?, ?, 'HANDLER', ?, ?)");
                 PreparedStatement assign = c.prepareStatement("INSERT INTO source_assignment (id, source_id, user_id, role, "
                         + "started_on, assigned_by, assigned_at) VALUES (?, ?, ?, 'HANDLER', ?, ?, ?)");
                 PreparedStatement idx = c.prepareStatement("INSERT INTO blind_index (source_id, field, seq, value) VALUES (?, ?, ?, ?)");
                 PreparedStatement audit = c.prepareStatement(GeneratedAudit.INSERT);
                 PreparedStatement tally = c.prepareStatement("INSERT INTO source_tally (compartment_code, "
                         + "classification_level, live) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE live = live + VALUES(live)")) {
                // in the same order in every batch: two batches moving the tally's rows in opposite orders deadlock
                Map<String, Integer> perCompartment = new TreeMap<>();
                for (int i = first; i < first + n; i++) {
                    String id = UUID.randomUUID().toString();
                    UUID dekId = UUID.randomUUID();
                    DataKey key = DataKey.generate(dekId, 1);
                    WrappedDataKey wrapped = vault.wrap(key);
                    boolean copper = i % 3 != 2 && i % 1000 != 500;
                    String compartment = copper ? "COPPER" : "MESA";
                    perCompartment.merge(compartment, 1, Integer::sum);
                    // officer1 and officer2 carry one file in a thousand each; the generated officers the rest
                    String[] by = i % 1000 == 0 ? new String[] {officer1, "officer1"}
                            : i % 1000 == 500 ? new String[] {officer2, "officer2"}
                            : officers.get(i % officers.size());
                    String handler = by[0];
                    Instant registered = now.minus(Duration.ofMinutes(RANDOM.nextInt(2 * 365 * 24 * 60)));
                    String name = GIVEN[RANDOM.nextInt(GIVEN.length)] + " " + FAMILY[RANDOM.nextInt(FAMILY.length)] + " "
                            + FAMILY[RANDOM.nextInt(FAMILY.length)] + " " + i;
                    LocalDate born = today.minusYears(20 + RANDOM.nextInt(45)).minusDays(RANDOM.nextInt(365));
                    String phone = "+52 6" + String.format("%02d %03d %04d", RANDOM.nextInt(100), RANDOM.nextInt(1000),
                            RANDOM.nextInt(10000));
                    List<IdentityDocument> docs = new ArrayList<>();
                    for (int d = 0; d < o.documents(); d++) {
                        docs.add(new IdentityDocument(d == 0 ? "passport" : "national identity card", "MX",
                                String.format("%s%09d", (char) ('A' + d), RANDOM.nextInt(1_000_000_000))));
                    }
                    dk.setString(1, dekId.toString());
                    dk.setString(2, wrapped.kekId());
                    dk.setBytes(3, wrapped.wrapped());
                    dk.setTimestamp(4, Timestamp.from(registered));
                    dk.addBatch();

                    src.setString(1, id);
                    src.setString(2, sourceNumber());
                    src.setString(3, BIRDS[i % BIRDS.length] + "-" + String.format("%06d", i));
                    src.setString(4, compartment);
                    src.setInt(5, LEVEL);
                    src.setString(6, dekId.toString());
                    src.setBytes(7, seal(key, "source", "true_name", id, name));
                    src.setBytes(8, seal(key, "source", "date_of_birth", id, born.toString()));
                    src.setBytes(9, seal(key, "source", "phone_number", id, phone));
                    src.setTimestamp(10, Timestamp.from(registered));
                    src.setString(11, handler);
                    // a share of the files deactivated, another authorised, each halfway between registration and now
                    Instant halfway = registered.plus(Duration.between(registered, now).dividedBy(2));
                    boolean atRest = i % 100 < o.atRest();
                    boolean authorised = i % 100 >= 100 - o.authorised();
                    Instant ends = halfway.plus(Duration.ofDays(365));
                    src.setTimestamp(12, authorised ? Timestamp.from(ends) : null); // kept on the row for the register's sort
                    src.setString(13, atRest ? "DEACTIVATED" : "ACTIVE"); // its latest change's status, kept on the row as well
                    src.addBatch();
                    if (atRest) {
                        String change = UUID.randomUUID().toString();
                        rest.setString(1, change);
                        rest.setString(2, id);
                        rest.setTimestamp(3, Timestamp.from(halfway));
                        rest.setString(4, handler);
                        rest.setBytes(5, seal(key, SourceStatusChange.ENTITY, SourceStatusChange.REASON, change,
                                "No longer in a position to report"));
                        rest.addBatch();
                    }
                    if (authorised) {
                        String granted = UUID.randomUUID().toString();
                        authorisation.setString(1, granted);
                        authorisation.setString(2, id);
                        int column = 3;
                        for (String text : List.of(Authorisation.NECESSITY, Authorisation.PROPORTIONALITY, Authorisation.TASKS,
                                Authorisation.COLLATERAL_INTRUSION, Authorisation.CONFIDENTIAL_INFO)) {
                            authorisation.setBytes(column++, seal(key, Authorisation.ENTITY, text, granted,
                                    "Generated for measurement: " + text));
                        }
                        authorisation.setTimestamp(8, Timestamp.from(halfway.minus(Duration.ofDays(1))));
                        authorisation.setString(9, handler);
                        authorisation.setTimestamp(10, Timestamp.from(halfway));
                        authorisation.setString(11, authoriser1);
                        authorisation.setTimestamp(12, Timestamp.from(halfway));
                        authorisation.setTimestamp(13, Timestamp.from(ends));
                        authorisation.addBatch();
                    }

                    part.setString(1, id);
                    part.setBytes(2, docs.isEmpty() ? null : seal(key, "source_particulars", "identity_documents", id,
                            ParticularsRules.encodeDocuments(docs)));
                    part.setBytes(3, seal(key, "source_particulars", "existence_verification", id,
                            "Met in person; identity document checked against the issuing registry"));
                    part.setObject(4, LocalDate.ofInstant(registered, ZoneOffset.UTC).minusDays(30));
                    part.setBytes(5, seal(key, "source_particulars", "access_description", id, "Loading docks near the crossing"));
                    part.setBytes(6, seal(key, "source_particulars", "security_welfare", id, "Meets only at agency premises"));
                    part.addBatch();

                    grant.setString(1, id);
                    grant.setString(2, handler);
                    grant.setTimestamp(3, Timestamp.from(registered));
                    grant.setString(4, handler);
                    grant.addBatch();

                    assign.setString(1, UUID.randomUUID().toString());
                    assign.setString(2, id);
                    assign.setString(3, handler);
                    assign.setObject(4, LocalDate.ofInstant(registered, ZoneOffset.UTC));
                    assign.setString(5, handler);
                    assign.setTimestamp(6, Timestamp.from(registered));
                    assign.addBatch();

                    indexRow(idx, id, BlindIndex.Field.NAME_DOB, 0, BlindIndex.nameAndBirthForm(name, born).orElseThrow());
                    indexRow(idx, id, BlindIndex.Field.PHONE, 0, BlindIndex.phoneForm(phone).orElseThrow());
                    for (int d = 0; d < docs.size(); d++) {
                        indexRow(idx, id, BlindIndex.Field.DOCUMENT, d,
                                BlindIndex.documentForm(docs.get(d).country(), docs.get(d).number()).orElseThrow());
                    }
                    String who = by[1];
                    String correlation = UUID.randomUUID().toString();
                    GeneratedAudit.add(audit, who, "DECONFLICTION_SCREENED", id, levelName + "/" + compartment, correlation);
                    GeneratedAudit.add(audit, who, "SOURCE_REGISTERED", id, levelName + "/" + compartment, correlation);
                }
                dk.executeBatch();
                keys.commit();
                src.executeBatch();
                rest.executeBatch();
                authorisation.executeBatch();
                part.executeBatch();
                grant.executeBatch();
                assign.executeBatch();
                idx.executeBatch();
                audit.executeBatch();
                // the count of live files the register and the sources list read, as a registration moves it
                for (var e : perCompartment.entrySet()) {
                    tally.setString(1, e.getKey());
                    tally.setInt(2, LEVEL);
                    tally.setInt(3, e.getValue());
                    tally.executeUpdate();
                }
                c.commit();
            }
        }
        filesWritten.addAndGet(n);
    }

    /** Reads of the generated files by their handlers: what most of a real trail is. */
    private void reads(List<String> files, int n) throws SQLException {
        try (Connection c = hum()) {
            c.setAutoCommit(false);
            try (PreparedStatement audit = c.prepareStatement(GeneratedAudit.INSERT)) {
                for (int i = 0; i < n; i++) {
                    GeneratedAudit.add(audit, "officer1", "SOURCE_READ", files.get(RANDOM.nextInt(files.size())), levelName + "/COPPER",
                            UUID.randomUUID().toString());
                }
                audit.executeBatch();
                c.commit();
            }
        }
        auditWritten.addAndGet(n);
    }

    private List<String> sample() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = hum(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM source WHERE compartment_code = 'COPPER' LIMIT 10000")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no COPPER file to read: generate files first");
        }
        return ids;
    }

    private byte[] seal(DataKey key, String table, String column, String row, String text) {
        return cipher.encrypt(key, new FieldContext(table, column, row), text.getBytes(StandardCharsets.UTF_8));
    }

    private void indexRow(PreparedStatement idx, String id, BlindIndex.Field field, int seq, String form) throws SQLException {
        idx.setString(1, id);
        idx.setString(2, field.name());
        idx.setInt(3, seq);
        idx.setBytes(4, index.index(field, form));
        idx.addBatch();
    }

    private static String sourceNumber() {
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder("HUM-");
        for (int i = 0; i < 8; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private void await(List<Future<?>> work, String what, AtomicLong done, long total) throws Exception {
        long lastPrint = System.nanoTime();
        for (Future<?> f : work) {
            f.get();
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("  %s: %,d of %,d%n", what, done.get(), total);
                lastPrint = System.nanoTime();
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = hum(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String userId(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(username + " not found: start ./run once first (it makes the demo)");
                }
                return rs.getString(1);
            }
        }
    }

    private Connection hum() throws SQLException {
        return connect(o.database());
    }

    private Connection connect(String database) throws SQLException {
        String url = (o.jdbc().endsWith("/") ? o.jdbc() : o.jdbc() + "/") + database + "?useBulkStmtsForInserts=false";
        return DriverManager.getConnection(url, "root", "");
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
