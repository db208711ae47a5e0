package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.hum.it.Cast.admin1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A property test of need-to-know over the whole REST surface for source files. From one
 * printed seed it makes compartments, random users (clearance, compartments, role) and
 * random source files (compartment, classification, registering officer) and extra
 * true-identity grants through the administration API; then, for every user, it calls every
 * source endpoint (each file, random missing ids, every page of the list at several sizes),
 * what derives from a sample of files (validations, grades, authorisations, standing, taskings,
 * contact reports, payments, the ledger,
 * assignments), the due list, and the prospects (list and each), and compares each answer with a reference dominance
 * function written here. It then changes
 * a third of the users and some grants, and compares again with the tokens already issued.
 * Rerun one case with {@code -Dhum.it.seed=N}.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AccessPropertyIT {
    private static final List<String> LEVELS = List.of("OFFICIAL", "SENSITIVE", "SECRET");
    private static final Set<String> READERS = Set.of("CASE_OFFICER", "CONTROLLER", "AUTHORISING_OFFICER",
            "COMPLIANCE_REVIEWER", "REPORTS_OFFICER");
    private static final List<String> ROLES = List.of("CASE_OFFICER", "CONTROLLER", "COMPLIANCE_REVIEWER", "ADMIN");
    private static final String[] GRANT_ROLES = {"HANDLER", "CONTROLLER", "RECORDS_OFFICER"};
    private static final int[] PAGE_SIZES = {1, 3, 7, 20, 100};
    /** What derives from a file: each answers as the file does (200 if visible, else the missing answer). */
    private static final String[] DERIVED = {"validations", "grades", "authorisations", "standing", "assignments",
            "taskings", "contact-reports", "payments", "ledger"};
    private static final int DERIVED_SAMPLE = 10;
    private static final int OTHERS_SAMPLE = 12;

    /** A user of the model: what the reference rule needs, and the token issued once. */
    static final class U {
        final String name;
        final String id;
        int level;
        Set<String> compartments;
        Set<String> roles;
        String token;

        U(String name, String id, int level, Set<String> compartments, Set<String> roles) {
            this.name = name;
            this.id = id;
            this.level = level;
            this.compartments = compartments;
            this.roles = roles;
        }

        boolean reads() {
            return roles.stream().anyMatch(READERS::contains);
        }

        boolean registers() {
            return roles.contains("CASE_OFFICER") || roles.contains("CONTROLLER");
        }
    }

    /** A source file of the model: its label, and who holds a true-identity grant. */
    record S(String id, String codeName, String compartment, int level, String trueName, Set<String> grantees) {
    }

    /** A prospect of the model: only its label matters to access. */
    record P(String id, String compartment, int level) {
    }

    private static final Set<String> PROSPECT_READERS = Set.of("CASE_OFFICER", "CONTROLLER", "COMPLIANCE_REVIEWER");

    private final List<String> disagreements = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong comparisons = new AtomicLong();
    private List<P> prospects = List.of();
    private String approver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The reference: Bell-LaPadula dominance, written independently of the server's. */
    static boolean sees(U u, S s) {
        return u.level >= s.level() && u.compartments.contains(s.compartment());
    }

    @Test
    void everySourceEndpointAgreesWithTheReferenceDominanceRuleForRandomUsersLabelsAndGrants() throws Exception {
        long seed = Long.getLong("hum.it.seed", new Random().nextLong());
        System.out.println("AccessPropertyIT seed = " + seed + " (rerun with -Dhum.it.seed=" + seed + ")");
        Random rnd = new Random(seed);
        long started = System.nanoTime();
        String admin = Api.token(admin1());

        String run = Long.toString(Math.abs(seed) % 1_000_000_000L, 36).toUpperCase();
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 3 + rnd.nextInt(3); i++) {
            String code = "PB" + run + "-" + i;
            expectStatus(AdminApi.createCompartment(admin, code, "Property test " + i), 201, "compartment " + code);
            pool.add(code);
        }

        List<U> users = new ArrayList<>();
        int userCount = 12 + rnd.nextInt(9);
        for (int i = 0; i < userCount; i++) {
            users.add(createUser(admin, rnd, pool, "pb" + run.toLowerCase() + "." + i));
        }
        for (U u : users) {
            u.token = Api.token(u.name, AdministrationIT.PASSWORD);
        }

        // grants are two-person (docs/domain.md, "Two-person control"): a controller who sees every file approves them
        String approverName = "pb" + run.toLowerCase() + ".approver";
        expectStatus(AdminApi.createUser(admin, approverName, LEVELS.get(LEVELS.size() - 1), Set.of("CONTROLLER"), pool,
                AdministrationIT.PASSWORD), 201, "the approver " + approverName);
        approver = Api.token(approverName, AdministrationIT.PASSWORD);

        Map<String, S> mine = new LinkedHashMap<>();
        int sourceCount = 20 + rnd.nextInt(16);
        List<U> registrars = users.stream().filter(u -> u.registers() && !u.compartments.isEmpty()).toList();
        assertTrue(registrars.size() > 0, "the seed made no user who can register; rerun");
        for (int i = 0; i < sourceCount; i++) {
            U r = registrars.get(rnd.nextInt(registrars.size()));
            String compartment = pick(rnd, new ArrayList<>(new TreeSet<>(r.compartments)));
            int level = rnd.nextInt(r.level + 1);
            // a few code names repeat on purpose: the list must then order by id, the same for everyone
            String codeName = "" + (char) ('A' + rnd.nextInt(8)) + (char) ('A' + rnd.nextInt(8)) + rnd.nextInt(2);
            String trueName = "Prop Person " + run + " " + i;
            Api.Reply reg = Api.post(r.token, "sources", AdminApi.registration(codeName, compartment, LEVELS.get(level),
                    trueName, "1980-01-0" + (1 + rnd.nextInt(9)), "+1 555 010 " + (1000 + i)));
            expectStatus(reg, 201, "registration " + i);
            if (reg.status() == 201) {
                String id = reg.json().getString("id");
                mine.put(id, new S(id, codeName, compartment, level, trueName, new TreeSet<>(Set.of(r.id))));
            }
            if (r.level < LEVELS.size() - 1 && rnd.nextInt(5) == 0) {
                // above the registrar's clearance: refused, and nothing written
                expectStatus(Api.post(r.token, "sources", AdminApi.registration("ABOVE", compartment,
                        LEVELS.get(r.level + 1), "Never Stored", "1980-01-01", "+1 555 010 0000")), 400, "above clearance");
            }
        }

        List<S> all = world(mine, rnd);
        List<U> officers = registrars.stream().filter(u -> u.roles.contains("CASE_OFFICER")).toList();
        for (int i = 0; i < 6 + rnd.nextInt(6) && !officers.isEmpty(); i++) {
            U o = pick(rnd, officers);
            Api.Reply created = Api.post(o.token, "prospects", Json.createObjectBuilder()
                    .add("workingName", "Prop Prospect " + run + " " + i)
                    .add("compartment", pick(rnd, new ArrayList<>(new TreeSet<>(o.compartments))))
                    .add("classification", LEVELS.get(rnd.nextInt(o.level + 1))).build().toString());
            expectStatus(created, 201, "prospect " + i);
        }
        prospects = prospects();
        grantRandomly(admin, rnd, users, mine, 20 + rnd.nextInt(21));
        check("phase 1", seed, users, all);

        // change a third of the users and some grants; the tokens stay the same
        for (U u : users) {
            if (rnd.nextInt(3) == 0) {
                changeUser(admin, rnd, pool, u);
            }
        }
        List<S> granted = mine.values().stream().filter(s -> !s.grantees().isEmpty()).toList();
        for (int i = 0; i < 8 && !granted.isEmpty(); i++) {
            S s = pick(rnd, granted);
            if (s.grantees().isEmpty()) {
                continue;
            }
            String holder = pick(rnd, new ArrayList<>(s.grantees()));
            U u = users.stream().filter(x -> x.id.equals(holder)).findFirst().orElseThrow();
            expectStatus(AdminApi.revoke(admin, s.id(), u.name), 204, "revoke");
            s.grantees().remove(holder);
        }
        grantRandomly(admin, rnd, users, mine, 10);
        check("phase 2", seed, users, all);

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("AccessPropertyIT: " + users.size() + " users, " + mine.size() + " new and "
                + (all.size() - mine.size()) + " other source files, " + comparisons.get() + " comparisons, "
                + disagreements.size() + " disagreements, " + seconds + " s");
        disagreements.stream().limit(20).forEach(d -> System.out.println("  DISAGREEMENT " + d));
        assertTrue(comparisons.get() > 1000, "too few comparisons to mean anything: " + comparisons.get());
        assertEquals(List.of(), disagreements.stream().limit(20).toList(), "seed " + seed);
    }

    private U createUser(String admin, Random rnd, List<String> pool, String name) {
        int level = rnd.nextInt(LEVELS.size());
        Set<String> compartments = new TreeSet<>();
        for (String c : pool) {
            if (rnd.nextBoolean()) {
                compartments.add(c);
            }
        }
        Set<String> roles = new TreeSet<>(Set.of(pick(rnd, ROLES)));
        if (rnd.nextInt(10) == 0) {
            roles.add(pick(rnd, ROLES)); // now and then two roles, such as ADMIN with a source role
        }
        Api.Reply r = AdminApi.createUser(admin, name, LEVELS.get(level), roles, compartments, AdministrationIT.PASSWORD);
        assertEquals(201, r.status(), r.body());
        return new U(name, r.json().getString("id"), level, compartments, roles);
    }

    private void changeUser(String admin, Random rnd, List<String> pool, U u) {
        JsonObjectBuilder change = Json.createObjectBuilder();
        if (rnd.nextBoolean()) {
            u.level = rnd.nextInt(LEVELS.size());
            change.add("clearance", LEVELS.get(u.level));
        }
        if (rnd.nextBoolean()) {
            Set<String> c = new TreeSet<>();
            pool.stream().filter(x -> rnd.nextBoolean()).forEach(c::add);
            u.compartments = c;
            change.add("compartments", AdminApi.array(c));
        }
        if (rnd.nextInt(3) == 0) {
            u.roles = new TreeSet<>(Set.of(pick(rnd, ROLES)));
            change.add("roles", AdminApi.array(u.roles));
        }
        expectStatus(AdminApi.change(admin, u.name, change.build().toString()), 200, "change " + u.name);
    }

    /** Random extra grants; each answer is itself compared with the rule (201, or 409 if useless or held). */
    private void grantRandomly(String admin, Random rnd, List<U> users, Map<String, S> mine, int count) {
        List<S> sources = new ArrayList<>(mine.values());
        for (int i = 0; i < count; i++) {
            S s = pick(rnd, sources);
            U u = pick(rnd, users);
            Api.Reply r = AdminApi.grant(admin, approver, s.id(), u.name, pick(rnd, List.of(GRANT_ROLES)));
            boolean expected = sees(u, s) && !s.grantees().contains(u.id);
            expectStatus(r, expected ? 201 : 409, "grant " + s.id() + " to " + u.name);
            if (r.status() == 201) {
                s.grantees().add(u.id);
                if (r.body().contains(s.codeName()) || r.body().contains(s.trueName())) {
                    disagreements.add("the grant answer shows source content: " + r.body());
                }
            }
        }
    }

    /** Every source file in the database: the new ones must carry exactly the asked labels. */
    /**
     * This run's files and a sample of {@link #OTHERS_SAMPLE} of the other classes' files. The
     * others lie in compartments none of these users holds, so every one of them must answer as
     * a missing file: a sample proves that as well as all of them, and keeps the test's cost flat
     * however many classes ran before it (over a hundred files in a whole run).
     */
    private List<S> world(Map<String, S> mine, Random rnd) throws SQLException {
        List<S> all = new ArrayList<>();
        List<S> others = new ArrayList<>();
        try (Connection c = Stand.current().rootConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, code_name, compartment_code, classification_level FROM source ORDER BY id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                S m = mine.get(id);
                S db = new S(id, rs.getString(2), rs.getString(3), rs.getInt(4), null, new TreeSet<>());
                if (m != null) {
                    comparisons.incrementAndGet();
                    if (!m.codeName().equals(db.codeName()) || !m.compartment().equals(db.compartment()) || m.level() != db.level()) {
                        disagreements.add("stored label differs for " + id);
                    }
                    all.add(m);
                } else {
                    others.add(db); // other tests' files: none of these users holds a grant for them
                }
            }
        }
        Collections.shuffle(others, rnd);
        all.addAll(others.subList(0, Math.min(OTHERS_SAMPLE, others.size())));
        assertEquals(mine.size(), all.stream().filter(s -> mine.containsKey(s.id())).count());
        return all;
    }

    private void check(String phase, long seed, List<U> users, List<S> all) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                U u = users.get(i);
                Random rnd = new Random(seed * 31 + i + phase.hashCode());
                done.add(pool.submit(() -> checkUser(phase, u, all, rnd)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void checkUser(String phase, U u, List<S> all, Random rnd) {
        String who = phase + " " + u.name + " (" + LEVELS.get(u.level) + " " + u.compartments + " " + u.roles + "): ";
        Api.Reply missing = Api.get(u.token, "sources/" + UUID.randomUUID());
        int refusal = u.reads() ? 404 : 403;
        compare(who + "missing id", missing.status() == refusal);
        JsonObject refused = withoutInstance(missing);
        for (int i = 0; i < 3; i++) {
            Api.Reply other = Api.get(u.token, "sources/" + (i == 0 ? "not-a-uuid" : UUID.randomUUID().toString()));
            compare(who + "missing id answers alike", other.status() == refusal && refused.equals(withoutInstance(other)));
        }
        for (S s : all) {
            Api.Reply r = Api.get(u.token, "sources/" + s.id());
            if (u.reads() && sees(u, s)) {
                compare(who + "visible " + s.id() + " -> " + r.status(), r.status() == 200 && agrees(u, s, r.json()));
            } else {
                compare(who + "hidden " + s.id() + " -> " + r.status(), r.status() == refusal
                        && refused.equals(withoutInstance(r)) && !withoutInstance(r).toString().contains(s.id())
                        && java.util.Objects.equals(missing.header("Content-Type"), r.header("Content-Type")));
            }
        }
        checkDerived(who, u, all, rnd, refusal);
        checkProspects(who, u, rnd);
        List<S> visible = all.stream().filter(s -> u.reads() && sees(u, s))
                .sorted(Comparator.comparing(S::codeName).thenComparing(S::id)).toList();
        checkOversight(who, u, all, visible);
        for (int size : PAGE_SIZES) {
            int pages = (visible.size() + size - 1) / size;
            List<Integer> toCheck = new ArrayList<>();
            for (int p = 0; p <= pages; p++) {
                toCheck.add(p);
            }
            if (size == 1 && toCheck.size() > 6) {
                Collections.shuffle(toCheck, rnd);
                toCheck = new ArrayList<>(toCheck.subList(0, 5));
                toCheck.add(pages); // one past the end: empty, same total
            }
            for (int p : toCheck) {
                Api.Reply r = Api.get(u.token, "sources?page=" + p + "&size=" + size);
                if (!u.reads()) {
                    compare(who + "list refused", r.status() == 403);
                    continue;
                }
                List<String> expected = visible.subList(Math.min(p * size, visible.size()),
                        Math.min((p + 1) * size, visible.size())).stream().map(S::id).toList();
                boolean ok = r.status() == 200;
                if (ok) {
                    JsonObject page = r.json();
                    List<String> ids = page.getJsonArray("items").stream()
                            .map(v -> v.asJsonObject().getString("id")).toList();
                    ok = ids.equals(expected) && page.getJsonNumber("total").longValue() == visible.size()
                            && !r.body().contains("trueName");
                }
                compare(who + "list page " + p + " size " + size, ok);
            }
        }
    }

    /**
     * The central register and the compliance workspace (docs/domain.md, "Oversight") are a
     * reviewer's only: the register lists exactly the files the reviewer may see, in code name
     * order, and counts no other; every workspace line names a file the reviewer may see. The
     * programme figures (reviewers and controllers) count exactly the files the reader may see, and
     * coverage lists only requirements of the reader's compartments.
     */
    private void checkOversight(String who, U u, List<S> all, List<S> visible) {
        Api.Reply first = Api.get(u.token, "oversight/register?size=100");
        Api.Reply workspace = Api.get(u.token, "oversight/workspace");
        Api.Reply figures = Api.get(u.token, "oversight/figures");
        if (u.roles.contains("COMPLIANCE_REVIEWER") || u.roles.contains("CONTROLLER")) {
            // every file here is active: the figures count exactly the visible ones
            long active = figures.status() != 200 ? -1 : figures.json().getJsonArray("activeSources").stream()
                    .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue()).sum();
            compare(who + "figures count the visible files: " + active + " of " + visible.size(), active == visible.size());
            Api.Reply coverage = Api.get(u.token, "oversight/coverage");
            compare(who + "coverage -> " + coverage.status(), coverage.status() == 200 && coverage.json().getJsonArray("lines")
                    .stream().allMatch(l -> u.compartments.contains(l.asJsonObject().getString("compartment"))));
        } else {
            compare(who + "figures refused -> " + figures.status(), figures.status() == 403);
            compare(who + "coverage refused", Api.get(u.token, "oversight/coverage").status() == 403);
        }
        if (!u.roles.contains("COMPLIANCE_REVIEWER")) {
            compare(who + "register refused -> " + first.status(), first.status() == 403);
            compare(who + "workspace refused -> " + workspace.status(), workspace.status() == 403);
            return;
        }
        List<String> listed = new ArrayList<>();
        boolean ok = first.status() == 200 && first.json().getJsonNumber("total").longValue() == visible.size();
        for (int p = 0; ok && p * 100 < visible.size(); p++) {
            Api.Reply r = p == 0 ? first : Api.get(u.token, "oversight/register?size=100&page=" + p);
            ok = r.status() == 200;
            if (ok) {
                r.json().getJsonArray("items").forEach(v -> listed.add(v.asJsonObject().getString("id")));
            }
        }
        compare(who + "register lists exactly the visible files", ok && listed.equals(visible.stream().map(S::id).toList()));
        compare(who + "workspace -> " + workspace.status(), workspace.status() == 200);
        if (workspace.status() == 200) {
            Map<String, S> byId = new java.util.HashMap<>();
            all.forEach(s -> byId.put(s.id(), s));
            workspace.json().getJsonArray("lines").forEach(v -> {
                JsonObject line = v.asJsonObject();
                boolean fileless = !line.containsKey("sourceId") || line.isNull("sourceId");
                S s = fileless ? null : byId.get(line.getString("sourceId"));
                compare(who + "workspace line of " + line.getString("key"), fileless || (s != null && sees(u, s)));
            });
        }
    }

    /**
     * Everything derived from a file (docs/architecture.md, "Enforcement" 5) answers as the file does: for
     * a sample of files, each derived resource is 200 when the user may see the file and
     * otherwise exactly the answer for a missing file; the due list never names a file the
     * user may not see.
     */
    private void checkDerived(String who, U u, List<S> all, Random rnd, int refusal) {
        for (String derived : DERIVED) {
            Api.Reply missing = Api.get(u.token, "sources/" + UUID.randomUUID() + "/" + derived);
            compare(who + derived + " of a missing id -> " + missing.status(), missing.status() == refusal);
            JsonObject refused = withoutInstance(missing);
            List<S> sample = new ArrayList<>(all);
            Collections.shuffle(sample, rnd);
            for (S s : sample.subList(0, Math.min(DERIVED_SAMPLE, sample.size()))) {
                Api.Reply r = Api.get(u.token, "sources/" + s.id() + "/" + derived);
                if (u.reads() && sees(u, s)) {
                    compare(who + derived + " of visible " + s.id() + " -> " + r.status(), r.status() == 200);
                } else {
                    compare(who + derived + " of hidden " + s.id() + " -> " + r.status(), r.status() == refusal
                            && refused.equals(withoutInstance(r)) && !r.body().contains(s.codeName() + "\""));
                }
            }
        }
        Api.Reply dashboard = Api.get(u.token, "dashboard");
        if (!u.reads()) {
            compare(who + "dashboard refused -> " + dashboard.status(), dashboard.status() == 403);
            return;
        }
        compare(who + "dashboard -> " + dashboard.status(), dashboard.status() == 200);
        if (dashboard.status() == 200) {
            Map<String, S> byId = new java.util.HashMap<>();
            all.forEach(s -> byId.put(s.id(), s));
            JsonObject d = DueListPages.whole(u.token);
            for (String list : new String[] {"overdue", "dueToday", "dueSoon"}) {
                d.getJsonArray(list).forEach(v -> {
                    JsonObject item = v.asJsonObject();
                    S s = !item.containsKey("sourceId") || item.isNull("sourceId") ? null : byId.get(item.getString("sourceId"));
                    compare(who + "dashboard line of " + item, s == null || sees(u, s));
                });
            }
            // the features' sections (taskings, contacts, payments): every line names a file the user may see
            d.getJsonArray("sections").forEach(v -> v.asJsonObject().getJsonArray("entries").forEach(e -> {
                JsonObject entry = e.asJsonObject();
                if (!entry.containsKey("sourceId") || entry.isNull("sourceId")) {
                    // a line about a person, not a file (the deconfliction anomalies): it names no file at all
                    compare(who + "dashboard section line without a file is about a user: " + entry.getString("kind"),
                            "USER".equals(entry.getString("objectType", null)));
                    return;
                }
                S s = byId.get(entry.getString("sourceId"));
                compare(who + "dashboard section line of " + entry, s != null && sees(u, s));
            }));
        }
    }

    /** Every live prospect in the database, with its label. */
    private static List<P> prospects() throws SQLException {
        List<P> all = new ArrayList<>();
        try (Connection c = Stand.current().rootConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, compartment_code, classification_level FROM prospect "
                     + "WHERE status <> 'DESTROYED'")) {
            while (rs.next()) {
                all.add(new P(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return all;
    }

    /** The prospect list holds exactly the prospects the user dominates; each hidden one reads as a missing one. */
    private void checkProspects(String who, U u, Random rnd) {
        boolean reads = u.roles.stream().anyMatch(PROSPECT_READERS::contains);
        int refusal = reads ? 404 : 403;
        Api.Reply list = Api.get(u.token, "prospects");
        if (!reads) {
            compare(who + "prospect list refused -> " + list.status(), list.status() == 403);
        } else {
            Set<String> expected = new TreeSet<>();
            prospects.stream().filter(p -> u.level >= p.level() && u.compartments.contains(p.compartment()))
                    .forEach(p -> expected.add(p.id()));
            Set<String> shown = new TreeSet<>();
            if (list.status() == 200) {
                jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray()
                        .forEach(v -> shown.add(v.asJsonObject().getString("id")));
            }
            compare(who + "prospect list -> " + list.status() + " " + shown.size() + " of " + expected.size(),
                    list.status() == 200 && shown.equals(expected));
        }
        Api.Reply missing = Api.get(u.token, "prospects/" + UUID.randomUUID());
        compare(who + "missing prospect -> " + missing.status(), missing.status() == refusal);
        JsonObject refused = withoutInstance(missing);
        List<P> sample = new ArrayList<>(prospects);
        Collections.shuffle(sample, rnd);
        for (P p : sample.subList(0, Math.min(DERIVED_SAMPLE, sample.size()))) {
            Api.Reply r = Api.get(u.token, "prospects/" + p.id());
            if (reads && u.level >= p.level() && u.compartments.contains(p.compartment())) {
                compare(who + "visible prospect " + p.id() + " -> " + r.status(), r.status() == 200);
            } else {
                compare(who + "hidden prospect " + p.id() + " -> " + r.status(), r.status() == refusal
                        && refused.equals(withoutInstance(r)));
            }
        }
    }

    private static boolean agrees(U u, S s, JsonObject body) {
        boolean identity = s.grantees().contains(u.id) && sees(u, s);
        boolean shown = body.getBoolean("identityVisible");
        boolean labelled = s.codeName().equals(body.getString("codeName")) && s.compartment().equals(body.getString("compartment"))
                && LEVELS.get(s.level()).equals(body.getString("classification"));
        if (!identity) {
            return labelled && !shown && (!body.containsKey("identity") || body.get("identity") == JsonValue.NULL);
        }
        return labelled && shown && s.trueName() != null
                && s.trueName().equals(body.getJsonObject("identity").getString("trueName"));
    }

    private void compare(String what, boolean agrees) {
        comparisons.incrementAndGet();
        if (!agrees) {
            disagreements.add(what);
        }
    }

    private void expectStatus(Api.Reply r, int status, String what) {
        compare(what + ": expected " + status + ", got " + r.status() + " " + r.body(), r.status() == status);
    }

    private static JsonObject withoutInstance(Api.Reply r) {
        try {
            JsonObjectBuilder b = Json.createObjectBuilder(r.json());
            b.remove("instance");
            return b.build();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("unreadable", r.body()).build();
        }
    }

    private static <T> T pick(Random rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

}
