package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each test class's own people, compartments and source files, made through the REST API as
 * the stand's administrator ({@link Stand#ADMIN}, the application's initial administrator; its
 * second, {@link Stand#ADMIN2}, approves each account: docs/domain.md, "Two-person control") and
 * then as those people, so that a class never shares a user, compartment or file with another
 * and the classes pass in any order. Register it after Arquillian
 * ({@code @ExtendWith({ArquillianExtension.class, Cast.class})}): it names a new cast before
 * each class and creates it before the class's first test (or at its first use in a
 * {@code @BeforeAll}), once; the class's tests share it.
 *
 * <p>The cast mirrors the roles of a small unit: two compartments ({@link #copper()},
 * {@link #mesa()}), two case officers, a controller, two authorising officers, a compliance
 * reviewer and an administrator, each with a unique name (the role, a hyphen and the class's
 * suffix, e.g. {@code officer1-t3}) and the password {@link #password()}. The three source
 * files ({@link #source}) are registered on first use, with their particulars and their
 * handler assigned since recruitment eight months ago.
 */
public final class Cast implements BeforeAllCallback, BeforeEachCallback {
    private static final Map<String, Source> SOURCES = new HashMap<>();
    private static int classes;
    private static String suffix;
    private static boolean created;

    /** A source file of the cast: its id, code name and true identity. */
    public record Source(String id, String codeName, String trueName, String dateOfBirth, String phone) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String initials = context.getRequiredTestClass().getSimpleName().replaceAll("IT$", "").replaceAll("[^A-Z]", "");
        suffix = initials + (++classes);
        created = false;
        SOURCES.clear();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ensure();
    }

    /** The password of every cast member (and of the stand's administrator). */
    public static String password() {
        return Stand.current().password();
    }

    /** A bearer token of the stand's administrator, who created the casts. */
    public static String adminToken() {
        try {
            return Api.token(Stand.ADMIN);
        } catch (java.io.UncheckedIOException stale) {
            // the first call after a deployment may meet a kept-alive connection the server has closed: a login is safe to repeat
            return Api.token(Stand.ADMIN);
        }
    }

    /** This class's suffix, upper case: part of every name of the cast. */
    public static String suffix() {
        ensureNamed();
        return suffix;
    }

    public static String copper() {
        return compartment("COPPER");
    }

    public static String mesa() {
        return compartment("MESA");
    }

    /** Case officer, top clearance, both compartments. */
    public static String officer1() {
        return user("officer1");
    }

    /** Case officer, SENSITIVE, MESA only. */
    public static String officer2() {
        return user("officer2");
    }

    public static String controller1() {
        return user("controller1");
    }

    public static String authoriser1() {
        return user("authoriser1");
    }

    /** Authorising officer, SENSITIVE only. */
    public static String authoriser2() {
        return user("authoriser2");
    }

    public static String reviewer1() {
        return user("reviewer1");
    }

    /** Reports officer, top clearance, both compartments. */
    public static String reports1() {
        return user("reports1");
    }

    /** This class's own administrator (it sees no source content). */
    public static String admin1() {
        return user("admin1");
    }

    private static String user(String role) {
        ensure();
        return role + "-" + suffix.toLowerCase(java.util.Locale.ROOT);
    }

    private static String compartment(String code) {
        ensure();
        return code + "-" + suffix;
    }

    private static void ensureNamed() {
        if (suffix == null) {
            throw new IllegalStateException("no cast: add Cast.class to the test class's @ExtendWith, after Arquillian");
        }
    }

    private static void ensure() {
        ensureNamed();
        if (created) {
            return;
        }
        created = true; // the names below are read while the cast is made
        String admin = adminToken();
        for (String code : List.of("COPPER", "MESA")) {
            ok(AdminApi.createCompartment(admin, compartment(code), "Test compartment " + code + " of " + suffix), 201);
        }
        String top = "SECRET";
        List<String> both = List.of(copper(), mesa());
        create(admin, "officer1", "Dana Officer", "NOGALES-RO", top, "CASE_OFFICER", both);
        create(admin, "officer2", "Eli Officer", "SAN-YSIDRO-RO", "SENSITIVE", "CASE_OFFICER", List.of(mesa()));
        create(admin, "controller1", "Casey Controller", "NOGALES-RO", top, "CONTROLLER", both);
        create(admin, "authoriser1", "Sam Authoriser", "NOGALES-RO", top, "AUTHORISING_OFFICER", both);
        create(admin, "authoriser2", "Kim Authoriser", "SAN-YSIDRO-RO", "SENSITIVE", "AUTHORISING_OFFICER", both);
        create(admin, "reviewer1", "Robin Reviewer", "COMPLIANCE", top, "COMPLIANCE_REVIEWER", both);
        create(admin, "reports1", "Ray Reports", "FUSION", top, "REPORTS_OFFICER", both);
        create(admin, "admin1", "Alex Admin", "HQ-IT", "OFFICIAL", "ADMIN", List.of());
    }

    private static void create(String admin, String role, String displayName, String unit, String clearance,
                               String userRole, List<String> compartments) {
        var body = Json.createObjectBuilder().add("username", user(role)).add("displayName", displayName)
                .add("unit", unit).add("clearance", clearance).add("roles", Json.createArrayBuilder().add(userRole))
                .add("compartments", AdminApi.array(compartments)).add("password", password());
        Api.Reply asked = Api.post(admin, "admin/users", body.build().toString());
        ok(asked, 202);
        // accounts are two-person (docs/domain.md, "Two-person control"): the stand's second administrator approves
        ok(Api.post(AdminApi.approverFor(Stand.ADMIN), "admin/requests/" + asked.json().getString("id") + "/approval", ""),
                200);
    }

    /**
     * One of the cast's three files, registered on first use as its handler would: KESTREL and
     * HERON (COPPER, officer1), SPARROW (MESA, officer2), SENSITIVE, with the particulars the
     * demo gives them. The code name carries the class's suffix (e.g. {@code KESTREL-T3}); the
     * date of birth and phone differ per class, so no two classes' files match in deconfliction.
     */
    public static Source source(String name) {
        ensure();
        Source known = SOURCES.get(name);
        if (known != null) {
            return known;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        boolean kestrel = "KESTREL".equals(name);
        boolean heron = "HERON".equals(name);
        if (!kestrel && !heron && !"SPARROW".equals(name)) {
            throw new IllegalArgumentException("the cast's files are KESTREL, HERON and SPARROW");
        }
        String handler = kestrel || heron ? officer1() : officer2();
        String number = String.format("%04d", 1000 + (classes * 137) % 9000);
        Source s = kestrel ? new Source(null, name + "-" + suffix, "Mateo Alvarez Ruiz",
                LocalDate.of(1984, 3, 9).plusDays(classes).toString(), "+52 631 555 " + number)
                : heron ? new Source(null, name + "-" + suffix, "Lucia Ferrer Gómez",
                LocalDate.of(1991, 11, 23).plusDays(classes).toString(), "+1 520 556 " + number)
                : new Source(null, name + "-" + suffix, "Ramon Ibarra Solis",
                LocalDate.of(1977, 6, 2).plusDays(classes).toString(), "+52 664 557 " + number);
        String recruited = today.minusMonths(8).toString();
        var particulars = Json.createObjectBuilder()
                .add("existenceVerification", "Met twice in person; identity document seen and checked against the issuing registry")
                .add("recruitedOn", recruited)
                .add("recruitmentCircumstances", kestrel ? "Approached the port team after a family member was threatened by a local cell"
                        : heron ? "Walk-in at the port of entry, referred by a customs supervisor"
                        : "Introduced by an existing source in the Tijuana logistics trade")
                .add("employer", kestrel ? "Freight forwarding company" : heron ? "Commercial customs brokerage" : "Pill-press parts wholesaler")
                .add("occupation", kestrel ? "Dispatcher" : heron ? "Customs broker's clerk" : "Warehouse supervisor")
                .add("dutyToReport", heron)
                .add("nationality", heron ? "United States" : "Mexican")
                .add("foreignNational", !heron)
                .add("motivations", kestrel ? Json.createArrayBuilder().add("MONEY").add("REVENGE")
                        : heron ? Json.createArrayBuilder().add("CIVIC_DUTY") : Json.createArrayBuilder().add("MONEY"))
                .add("accessKind", heron ? "INDIRECT" : "DIRECT")
                .add("access", kestrel ? "Dispatch schedules of precursor shipments through the Nogales crossing"
                        : heron ? "Hearsay on broker filings" : "Orders for pill-press dies")
                .add("securityWelfare", "Meets only at agency premises; no known threats");
        if (kestrel) {
            particulars.add("immigrationBenefit", "Significant public benefit parole, sponsored by the agency")
                    .add("immigrationBenefitExpires", today.plusMonths(5).toString())
                    .add("promises", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("madeBy", "US Attorney, District of Arizona").add("madeOn", today.minusMonths(7).toString())
                            .add("description", "Letter to the court about cooperation, if asked")));
        }
        JsonObject registration = Json.createObjectBuilder().add("codeName", s.codeName())
                .add("compartment", kestrel || heron ? copper() : mesa()).add("classification", "SENSITIVE")
                .add("trueName", s.trueName()).add("dateOfBirth", s.dateOfBirth()).add("phoneNumber", s.phone())
                .add("particulars", particulars).build();
        String id = ok(Api.post(Api.token(handler), "sources", registration.toString()), 201).getString("id");
        // the handler since recruitment: today's assignment ended, the one from eight months ago recorded
        String controller = Api.token(controller1());
        var assignments = Api.get(controller, "sources/" + id + "/assignments");
        String today0 = Json.createReader(new java.io.StringReader(assignments.body())).readArray()
                .getJsonObject(0).getString("id");
        ok(Api.post(controller, "sources/" + id + "/assignments/" + today0 + "/end", ""), 200);
        // an assignment is two-person: the controller asks, an authorising officer approves
        ok(AdminApi.assign(controller, Api.token(authoriser1()), id, Json.createObjectBuilder().add("username", handler)
                .add("role", "HANDLER").add("startsOn", recruited).build().toString()), 201);
        Source registered = new Source(id, s.codeName(), s.trueName(), s.dateOfBirth(), s.phone());
        SOURCES.put(name, registered);
        return registered;
    }

    private static JsonObject ok(Api.Reply r, int expected) {
        if (r.status() != expected) {
            throw new IllegalStateException("the cast could not be made: " + r.status() + " " + r.body());
        }
        return r.body().isBlank() || !r.body().startsWith("{") ? JsonObject.EMPTY_JSON_OBJECT : r.json();
    }
}
