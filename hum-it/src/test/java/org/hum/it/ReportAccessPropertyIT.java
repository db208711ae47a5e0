package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports obey the same need-to-know rule as the files they draw on (docs/domain.md, "Sanitized
 * reports"; docs/architecture.md, "Enforcement"), checked as a property: with a printed seed it
 * makes compartments, files with random labels, a contact item on each, reports drawing on one or
 * two files (so their labels are unions), some released and some in a second version, and random
 * users (clearance, compartments, role); then every user asks for every report and every version,
 * the list, and the use of every file, and each answer is compared with a reference rule written
 * here: a reader of reports sees a version when their clearance reaches its level and they hold
 * every compartment of every file drawn on, and then its restricted part too; anything else
 * answers exactly as a report that does not exist; a role that reads no reports is refused 403.
 * A third of the users are then changed (clearance, compartments) and everything is asked again
 * with the same tokens. The test counts disagreements and expects none. Rerun one case with
 * {@code -Dhum.it.seed=N}.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ReportAccessPropertyIT {
    private static final List<String> LEVELS = List.of("OFFICIAL", "SENSITIVE", "SECRET");
    private static final Set<String> READERS = Set.of("REPORTS_OFFICER", "CONTROLLER", "COMPLIANCE_REVIEWER", "CASE_OFFICER");
    private static final List<String> ROLES = List.of("REPORTS_OFFICER", "CONTROLLER", "COMPLIANCE_REVIEWER", "CASE_OFFICER",
            "AUTHORISING_OFFICER", "ADMIN");
    private static final String PASSWORD = AdministrationIT.PASSWORD;

    private final List<String> disagreements = new ArrayList<>();
    private int comparisons;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A user of the model. */
    static final class U {
        final String name;
        int level;
        Set<String> compartments;
        final String role;
        final String token;

        U(String name, int level, Set<String> compartments, String role) {
            this.name = name;
            this.level = level;
            this.compartments = compartments;
            this.role = role;
            this.token = Api.token(name, PASSWORD);
        }

        boolean reads() {
            return READERS.contains(role);
        }
    }

    /** A file of the model: its label. */
    record F(String id, String compartment, int level, String itemId) {
    }

    /** A report version of the model: the files it draws on. */
    record R(String id, String reportId, List<F> files) {
        int level() {
            return files.stream().mapToInt(F::level).max().orElseThrow();
        }

        Set<String> compartments() {
            Set<String> c = new TreeSet<>();
            files.forEach(f -> c.add(f.compartment()));
            return c;
        }
    }

    /** The reference rule, written apart from the server's. */
    static boolean sees(U u, R r) {
        return u.reads() && u.level >= r.level() && u.compartments.containsAll(r.compartments());
    }

    @Test
    void everyReportAnswerAgreesWithTheReferenceRuleForRandomUsersLabelsAndVersions() throws Exception {
        long seed = Long.getLong("hum.it.seed", new Random().nextLong());
        System.out.println("ReportAccessPropertyIT seed = " + seed + " (rerun with -Dhum.it.seed=" + seed + ")");
        Random rnd = new Random(seed);
        String admin = Api.token(admin1());
        String run = Long.toString(Math.abs(seed) % 1_000_000_000L, 36).toUpperCase();

        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = "RP" + run + "-" + i;
            assertEquals(201, AdminApi.createCompartment(admin, code, "Report property test " + i).status());
            pool.add(code);
        }
        // the people who make the world: cleared for everything of the pool
        String officer = person(admin, "rpo" + run.toLowerCase(), "CASE_OFFICER", pool);
        String author = person(admin, "rpa" + run.toLowerCase(), "REPORTS_OFFICER", pool);
        String approver = person(admin, "rpc" + run.toLowerCase(), "CONTROLLER", pool);
        String officerToken = Api.token(officer, PASSWORD);
        String authorToken = Api.token(author, PASSWORD);
        String approverToken = Api.token(approver, PASSWORD);

        Api.Reply described = Api.post(approverToken, "source-descriptions", Json.createObjectBuilder()
                .add("text", "a source who has reported reliably in the past").build().toString());
        assertEquals(201, described.status(), described.body());
        String description = described.json().getString("id");

        // files with random labels, each with one contact item
        List<F> files = new ArrayList<>();
        int fileCount = 5 + rnd.nextInt(3);
        for (int i = 0; i < fileCount; i++) {
            String compartment = pool.get(rnd.nextInt(pool.size()));
            int level = rnd.nextInt(LEVELS.size());
            Api.Reply reg = Api.post(officerToken, "sources", AdminApi.registration("RP" + (char) ('A' + i) + run, compartment,
                    LEVELS.get(level), "Report Prop Person " + run + " " + i, "1981-02-0" + (1 + i % 9), "+1 555 020 " + (1000 + i)));
            assertEquals(201, reg.status(), reg.body());
            String id = reg.json().getString("id");
            String text = "Item " + run + " " + i + ": loads are split at the yard";
            Api.Reply contact = Api.post(officerToken, "sources/" + id + "/contact-reports", Json.createObjectBuilder()
                    .add("occurredAt", java.time.Instant.now().minusSeconds(3600L * (2 + i)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                    .add("method", "MEETING").add("place", "Agency premises").add("durationMinutes", 30)
                    .add("narrative", "Met as arranged.").add("presentUsers", Json.createArrayBuilder().add(officer))
                    .add("othersPresent", Json.createArrayBuilder())
                    .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", text).add("credibility", "2")))
                    .build().toString());
            assertEquals(201, contact.status(), contact.body());
            files.add(new F(id, compartment, level, itemOf(authorToken, id, text)));
        }

        // reports on one or two files; about half released, some of those in a second version
        List<R> versions = new ArrayList<>();
        int reportCount = 6 + rnd.nextInt(4);
        for (int i = 0; i < reportCount; i++) {
            List<F> drawn = new ArrayList<>(List.of(files.get(rnd.nextInt(files.size()))));
            if (rnd.nextBoolean()) {
                F second = files.get(rnd.nextInt(files.size()));
                if (!drawn.contains(second)) {
                    drawn.add(second);
                }
            }
            String body = draft(drawn, "Loads are split before the crossing, report " + i + ".", description);
            Api.Reply created = Api.post(authorToken, "reports", body);
            assertEquals(201, created.status(), created.body());
            String id = created.json().getString("id");
            versions.add(new R(id, id, drawn));
            if (rnd.nextBoolean()) {
                assertEquals(200, Api.post(authorToken, "reports/" + id + "/submission", "").status());
                assertEquals(200, Api.post(approverToken, "reports/" + id + "/approval", "").status());
                if (rnd.nextBoolean()) {
                    Api.Reply v2 = Api.send(Api.request(authorToken, "reports/" + id).header("Content-Type", "application/json")
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(draft(drawn, "Loads are split at night, report " + i + ".", description))));
                    assertEquals(200, v2.status(), v2.body());
                    versions.add(new R(v2.json().getString("id"), id, drawn));
                }
            }
        }

        List<U> users = new ArrayList<>();
        int userCount = 8 + rnd.nextInt(5);
        for (int i = 0; i < userCount; i++) {
            int level = rnd.nextInt(LEVELS.size());
            Set<String> compartments = randomCompartments(rnd, pool);
            String role = ROLES.get(rnd.nextInt(ROLES.size()));
            String name = "rp" + run.toLowerCase() + "." + i;
            Api.Reply r = AdminApi.createUser(admin, name, LEVELS.get(level), Set.of(role), compartments, PASSWORD);
            assertEquals(201, r.status(), r.body());
            users.add(new U(name, level, compartments, role));
        }

        for (U u : users) {
            check("phase 1", u, versions, files);
        }
        for (U u : users) {
            if (rnd.nextInt(3) == 0) {
                JsonObjectBuilder change = Json.createObjectBuilder();
                u.level = rnd.nextInt(LEVELS.size());
                u.compartments = randomCompartments(rnd, pool);
                change.add("clearance", LEVELS.get(u.level)).add("compartments", AdminApi.array(u.compartments));
                assertEquals(200, AdminApi.change(admin, u.name, change.build().toString()).status(), "change " + u.name);
            }
        }
        for (U u : users) {
            check("phase 2", u, versions, files);
        }

        System.out.println("ReportAccessPropertyIT: " + users.size() + " users, " + files.size() + " files, " + versions.size()
                + " report versions, " + comparisons + " comparisons, " + disagreements.size() + " disagreements");
        disagreements.stream().limit(20).forEach(d -> System.out.println("  DISAGREEMENT " + d));
        assertTrue(comparisons > 100, "the property was exercised");
        assertEquals(List.of(), disagreements.stream().limit(20).toList(), "seed " + seed);
    }

    private void check(String phase, U u, List<R> versions, List<F> files) {
        String who = phase + " " + u.name + " (" + LEVELS.get(u.level) + " " + u.compartments + " " + u.role + "): ";
        Api.Reply missing = Api.get(u.token, "reports/" + UUID.randomUUID());
        int refusal = u.reads() ? 404 : 403;
        compare(who + "missing report -> " + missing.status(), missing.status() == refusal);
        String missingBody = withoutInstance(missing);
        Set<String> expectedInList = new TreeSet<>();
        for (R r : versions) {
            Api.Reply answer = Api.get(u.token, "reports/" + r.id());
            if (sees(u, r)) {
                expectedInList.add(r.reportId());
                boolean ok = answer.status() == 200;
                if (ok) {
                    JsonObject v = answer.json();
                    Set<String> compartments = new TreeSet<>();
                    v.getJsonArray("compartments").getValuesAs(jakarta.json.JsonString.class).forEach(c -> compartments.add(c.getString()));
                    ok = LEVELS.get(r.level()).equals(v.getString("level")) && compartments.equals(r.compartments());
                    ok = ok && v.containsKey("restricted") && v.get("restricted").getValueType() == jakarta.json.JsonValue.ValueType.OBJECT;
                }
                compare(who + "visible " + r.id() + " -> " + answer.status(), ok);
            } else {
                compare(who + "hidden " + r.id() + " -> " + answer.status(), answer.status() == refusal
                        && missingBody.equals(withoutInstance(answer)) && !withoutInstance(answer).contains(r.id()));
            }
        }
        Api.Reply list = Api.get(u.token, "reports?size=100");
        if (!u.reads()) {
            compare(who + "list refused", list.status() == 403);
        } else {
            Set<String> ours = new TreeSet<>();
            versions.forEach(r -> ours.add(r.reportId()));
            Set<String> listed = new TreeSet<>();
            boolean ok = list.status() == 200;
            if (ok) {
                list.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(s -> {
                    if (ours.contains(s.getString("reportId"))) {
                        listed.add(s.getString("reportId"));
                    }
                });
            }
            compare(who + "list " + listed + " expected " + expectedInList, ok && listed.equals(expectedInList));
        }
        // none of these users handles a file: the use of a file is for its handlers only
        for (F f : files) {
            Api.Reply usage = Api.get(u.token, "sources/" + f.id() + "/report-usage");
            int expected = "CASE_OFFICER".equals(u.role) ? 404 : 403;
            compare(who + "usage of " + f.id() + " -> " + usage.status(), usage.status() == expected
                    && !usage.body().contains(f.itemId()));
        }
    }

    private void compare(String what, boolean agrees) {
        comparisons++;
        if (!agrees) {
            disagreements.add(what);
        }
    }

    private static Set<String> randomCompartments(Random rnd, List<String> pool) {
        Set<String> c = new TreeSet<>();
        for (String code : pool) {
            if (rnd.nextInt(3) > 0) {
                c.add(code);
            }
        }
        return c;
    }

    private static String person(String admin, String name, String role, List<String> pool) {
        Api.Reply r = AdminApi.createUser(admin, name, "SECRET", Set.of(role), pool, PASSWORD);
        assertEquals(201, r.status(), r.body());
        return name;
    }

    private static String itemOf(String authorToken, String sourceId, String text) {
        Api.Reply items = Api.get(authorToken, "reports/available-items");
        assertEquals(200, items.status(), items.body());
        for (JsonObject i : Json.createReader(new StringReader(items.body())).readArray().getValuesAs(JsonObject.class)) {
            if (i.getString("sourceId").equals(sourceId) && i.getString("text").equals(text)) {
                return i.getString("itemId");
            }
        }
        throw new AssertionError("the new item is not among the available items");
    }

    private static String draft(List<F> drawn, String text, String description) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        drawn.forEach(f -> items.add(f.itemId()));
        return Json.createObjectBuilder().add("title", "Loads at the western ports").add("itemIds", items)
                .add("notes", "Rests on the officers' accounts.").add("releasableText", text)
                .add("subject", "precursor chemicals").add("area", "Sonora corridor")
                .add("ports", Json.createArrayBuilder().add("NOGALES_MARIPOSA")).add("tlp", "AMBER")
                .add("releasableTo", Json.createArrayBuilder().add("FEDERAL")).add("purpose", "CASE-PROP")
                .add("sourceDescriptionId", description).build().toString();
    }

    private static String withoutInstance(Api.Reply r) {
        try {
            JsonObjectBuilder b = Json.createObjectBuilder(r.json());
            b.remove("instance");
            return b.build().toString();
        } catch (RuntimeException e) {
            return "unreadable " + r.body();
        }
    }
}
