package org.hum.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.hum.it.SourceRegistrationIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administration over REST: creating users and compartments, changing clearances, roles and
 * compartments, granting and revoking true-identity grants; every bad input refused with a
 * problem that says what to do and writes nothing; and every change read by the user's very
 * next request with the token they already hold.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AdministrationIT {
    /** Deliberate failed logins come from an address of this class's own (Api.loginFrom). */
    private static final String FAILURES = "127.0.0.21";

    static final String PASSWORD = "Adm1n-Test-Passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void administratorCreatesAUserWhoCanLogInAndNoListShowsAPasswordHash() {
        String admin = Api.token(admin1());
        String name = unique("new.officer");
        Api.Reply asked = AdminApi.requestUser(admin, name, "sensitive", List.of("case_officer"), List.of(mesa()), PASSWORD);
        assertEquals(202, asked.status(), asked.body());
        assertTrue(asked.header("Location").endsWith("/api/admin/requests/" + asked.json().getString("id")));
        assertFalse(asked.body().contains("argon2") || asked.body().toLowerCase().contains("password"), "no hash shown");
        assertEquals(401, Api.loginFrom(FAILURES, name, PASSWORD).status(), "nothing exists before the approval");
        Api.Reply created = AdminApi.createUser(admin, name + "x", "sensitive", List.of("case_officer"), List.of(mesa()), PASSWORD);
        assertEquals(201, created.status(), created.body());
        name = name + "x";
        JsonObject user = created.json();
        assertEquals("SENSITIVE", user.getString("clearance"));
        assertEquals("[\"CASE_OFFICER\"]", user.getJsonArray("roles").toString());
        assertEquals(("[\"" + mesa() + "\"]"), user.getJsonArray("compartments").toString());
        assertTrue(user.getBoolean("enabled"));

        Api.Reply list = Api.get(admin, "admin/users");
        assertEquals(200, list.status());
        assertTrue(list.body().contains(name));
        assertFalse(list.body().contains("argon2") || list.body().toLowerCase().contains("password"), "no hash listed");
        assertFalse(Api.get(admin, "admin/users/" + name).body().contains("argon2"));

        assertEquals(200, Api.get(Api.token(name, PASSWORD), "sources").status(), "the new user can work");
    }

    @Test
    void badInputsAreRefusedWithProblemsThatNameTheAllowedValuesAndWriteNothing() throws SQLException {
        String admin = Api.token(admin1());
        Map<String, Long> before = counts();
        String name = unique("bad.input");
        Map<String, Api.Reply> refused = new LinkedHashMap<>();
        refused.put("duplicate username", AdminApi.createUser(admin, officer1(), "OFFICIAL", List.of("CASE_OFFICER"), List.of(), PASSWORD));
        refused.put("unknown role", AdminApi.createUser(admin, name, "OFFICIAL", List.of("SUPERUSER"), List.of(), PASSWORD));
        refused.put("unknown level", AdminApi.createUser(admin, name, "COSMIC", List.of("CASE_OFFICER"), List.of(), PASSWORD));
        refused.put("unknown compartment", AdminApi.createUser(admin, name, "OFFICIAL", List.of("CASE_OFFICER"), List.of("NOWHERE"), PASSWORD));
        refused.put("short password", AdminApi.createUser(admin, name, "OFFICIAL", List.of("CASE_OFFICER"), List.of(), "short-pw"));
        refused.put("password is username", AdminApi.createUser(admin, "longusername12", "OFFICIAL", List.of("CASE_OFFICER"), List.of(), "LongUserName12"));
        refused.put("no roles", AdminApi.createUser(admin, name, "OFFICIAL", List.of(), List.of(), PASSWORD));
        refused.put("bad username", AdminApi.createUser(admin, "a b/../c", "OFFICIAL", List.of("CASE_OFFICER"), List.of(), PASSWORD));
        refused.put("missing fields", Api.post(admin, "admin/users", "{\"username\":\"" + name + "\"}"));
        refused.put("unknown field", Api.post(admin, "admin/users", "{\"username\":\"" + name + "\",\"isRoot\":true}"));
        refused.put("malformed", Api.post(admin, "admin/users", "{nope"));
        refused.put("bad compartment code", AdminApi.createCompartment(admin, "lower-case", "x"));
        refused.put("duplicate compartment", AdminApi.createCompartment(admin, copper(), "again"));
        refused.put("compartment without name", Api.post(admin, "admin/compartments", "{\"code\":\"NEWONE\"}"));
        refused.put("change unknown level", AdminApi.change(admin, officer2(), "{\"clearance\":\"COSMIC\"}"));
        refused.put("change unknown role", AdminApi.changeRoles(admin, officer2(), List.of("KING")));
        refused.put("change unknown compartment", AdminApi.changeCompartments(admin, officer2(), List.of(mesa(), "NOWHERE")));
        refused.put("change unknown user", AdminApi.change(admin, "nobody-" + name, "{\"clearance\":\"OFFICIAL\"}"));
        refused.put("grant unknown role", AdminApi.grant(admin, UUID.randomUUID().toString(), officer2(), "OWNER"));
        refused.put("grant unknown user", AdminApi.grant(admin, UUID.randomUUID().toString(), "nobody-" + name, "HANDLER"));
        refused.put("revoke missing grant", AdminApi.revoke(admin, UUID.randomUUID().toString(), officer2()));

        Map<String, Integer> expected = Map.of("duplicate username", 409, "duplicate compartment", 409,
                "change unknown user", 404, "revoke missing grant", 404);
        refused.forEach((what, r) -> {
            assertProblem(r, expected.getOrDefault(what, 400), what);
            assertFalse(r.body().contains("Exception") || r.body().contains(PASSWORD), what + " leaks");
        });
        assertTrue(refused.get("unknown role").body().contains("COMPLIANCE_REVIEWER"), "allowed roles are named");
        assertTrue(refused.get("unknown level").body().contains("OFFICIAL, SENSITIVE, SECRET"), "allowed levels are named");
        assertTrue(refused.get("unknown compartment").body().contains(copper()), "allowed compartments are named");
        assertTrue(refused.get("grant unknown role").body().contains("RECORDS_OFFICER"));
        assertEquals("password", refused.get("password is username").json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, counts(), "a refused request wrote rows");
        assertEquals("SENSITIVE", Api.get(admin, ("admin/users/" + officer2())).json().getString("clearance"), (officer2() + " unchanged"));
    }

    @Test
    void onlyAdministratorsReachAdministration() {
        for (String user : new String[] {officer1(), controller1(), reviewer1()}) {
            String token = Api.token(user);
            assertProblem(Api.get(token, "admin/users"), 403, user + " lists users");
            assertProblem(AdminApi.createCompartment(token, unique("X").toUpperCase(), "x"), 403, user + " creates");
            assertProblem(AdminApi.changeRoles(token, user, List.of("ADMIN")), 403, user + " makes themselves admin");
        }
        assertProblem(Api.get(null, "admin/users"), 401, "no token");
    }

    @Test
    void administratorCannotChangeTheirOwnRolesOrPauseThemselves() {
        String name = unique("admin.two");
        String admin1 = Api.token(admin1());
        assertEquals(201, AdminApi.createUser(admin1, name, "OFFICIAL", List.of("ADMIN"), List.of(), PASSWORD).status());
        String self = Api.token(name, PASSWORD);
        Api.Reply roles = AdminApi.changeRoles(self, name, List.of("ADMIN", "CASE_OFFICER"));
        assertProblem(roles, 409, "own roles");
        assertTrue(roles.json().getString("detail").contains("another administrator"));
        assertProblem(AdminApi.change(self, name, "{\"enabled\":false}"), 409, "pause self");
        assertEquals("[\"ADMIN\"]", Api.get(admin1, "admin/users/" + name).json().getJsonArray("roles").toString());
        assertEquals(200, AdminApi.change(self, name, "{\"clearance\":\"SENSITIVE\"}").status(), "other own fields may change");
        assertEquals(200, AdminApi.changeRoles(admin1, name, List.of("ADMIN", "COMPLIANCE_REVIEWER")).status(),
                "another administrator may");
    }

    @Test
    void compartmentsAreCreatedAndListed() {
        String admin = Api.token(admin1());
        String code = unique("OP").toUpperCase();
        Api.Reply r = AdminApi.createCompartment(admin, code, "Operation test");
        assertEquals(201, r.status(), r.body());
        assertEquals(code, r.json().getString("code"));
        assertTrue(Api.get(admin, "admin/compartments").body().contains("\"" + code + "\""));
        assertEquals(201, AdminApi.createUser(admin, unique("op.member"), "OFFICIAL", List.of("CASE_OFFICER"),
                List.of(code), PASSWORD).status(), "the new compartment can be given");
    }

    @Test
    void grantNeedsOnlyTheIdShowsNoContentAndIsRefusedForAUserWhoCannotSeeTheFile() {
        String admin = Api.token(admin1());
        String id = Api.post(Api.token(officer1()), "sources", AdminApi.registration("WAGTAIL", copper(), "SECRET",
                "Ottoline Quenby", "1972-02-29", "+1 520 555 0123")).json().getString("id");
        String secretCopper = unique("copper.ctl");
        String sensitiveCopper = unique("copper.low");
        AdminApi.createUser(admin, secretCopper, "SECRET", List.of("CONTROLLER"), List.of(copper()), PASSWORD);
        AdminApi.createUser(admin, sensitiveCopper, "SENSITIVE", List.of("CONTROLLER"), List.of(copper()), PASSWORD);

        assertProblem(AdminApi.grant(admin, UUID.randomUUID().toString(), secretCopper, "CONTROLLER"), 404, "unknown id");
        assertProblem(AdminApi.grant(admin, "not-an-id", secretCopper, "CONTROLLER"), 404, "garbage id");
        Api.Reply low = AdminApi.grant(admin, id, sensitiveCopper, "CONTROLLER");
        assertProblem(low, 409, "clearance below the label");
        assertTrue(low.json().getString("detail").contains("cannot see"));
        assertProblem(AdminApi.grant(admin, id, officer2(), "CONTROLLER"), 409, "outside the compartment");

        String holder = Api.token(secretCopper, PASSWORD);
        assertFalse(Api.get(holder, "sources/" + id).json().getBoolean("identityVisible"));
        Api.Reply granted = AdminApi.grant(admin, id, secretCopper, "controller");
        assertEquals(201, granted.status(), granted.body());
        assertEquals("CONTROLLER", granted.json().getString("role"));
        assertEquals(admin1(), granted.json().getString("requestedBy"));
        assertEquals("APPROVED", granted.json().getString("status"));
        for (String secret : new String[] {"WAGTAIL", "Ottoline", "Quenby", "1972-02-29", "0123", copper(), "SECRET"}) {
            assertFalse(granted.body().contains(secret), "the grant answer shows " + secret);
        }
        assertProblem(AdminApi.grant(admin, id, secretCopper, "HANDLER"), 409, "second grant");

        JsonObject seen = Api.get(holder, "sources/" + id).json();
        assertTrue(seen.getBoolean("identityVisible"), "same token, next request");
        assertEquals("Ottoline Quenby", seen.getJsonObject("identity").getString("trueName"));

        assertEquals(204, AdminApi.revoke(admin, id, secretCopper).status());
        assertFalse(Api.get(holder, "sources/" + id).json().getBoolean("identityVisible"), "revoked at once");
        assertProblem(AdminApi.revoke(admin, id, secretCopper), 404, "revoked twice");
        assertProblem(Api.get(admin, "sources/" + id), 403, "the administrator still sees no content");
    }

    @Test
    void changesApplyToTheNextRequestOfATokenAlreadyIssued() {
        String admin = Api.token(admin1());
        String name = unique("moving.officer");
        AdminApi.createUser(admin, name, "SECRET", List.of("CASE_OFFICER"), List.of(copper(), mesa()), PASSWORD);
        String token = Api.token(name, PASSWORD);
        String id = Api.post(token, "sources", AdminApi.registration("DUNLIN", copper(), "SECRET", "Peregrine Ashdown",
                "1966-05-05", "+1 520 555 0166")).json().getString("id");
        long total = Api.get(token, "sources?size=100").json().getJsonNumber("total").longValue();
        assertTrue(Api.get(token, "sources/" + id).json().getBoolean("identityVisible"));

        assertEquals(200, AdminApi.changeCompartments(admin, name, List.of(mesa())).status());
        Api.Reply hidden = Api.get(token, "sources/" + id);
        assertProblem(hidden, 404, "compartment taken away");
        JsonObject page = Api.get(token, "sources?size=100").json();
        assertFalse(page.toString().contains(id));
        assertTrue(page.getJsonNumber("total").longValue() < total, "the total drops too");

        assertEquals(200, AdminApi.change(admin, name, ("{\"compartments\":[\"" + mesa() + "\",\"" + copper() + "\"],\"clearance\":\"SENSITIVE\"}")).status());
        assertProblem(Api.get(token, "sources/" + id), 404, "clearance lowered below the label");

        assertEquals(200, AdminApi.change(admin, name, "{\"clearance\":\"SECRET\"}").status());
        assertTrue(Api.get(token, "sources/" + id).json().getBoolean("identityVisible"), "restored, and the grant holds");

        assertEquals(200, AdminApi.changeRoles(admin, name, List.of("ADMIN")).status());
        assertProblem(Api.get(token, "sources/" + id), 403, "source role taken away");
        assertEquals(200, Api.get(token, "admin/compartments").status(), "the new role works at once");

        assertEquals(200, AdminApi.change(admin, name, "{\"roles\":[\"CASE_OFFICER\"],\"enabled\":false}").status());
        assertProblem(Api.get(token, "sources/" + id), 401, "account paused");
        assertEquals(401, Api.loginFrom(FAILURES, name, PASSWORD).status(), "a paused account cannot log in");
        assertEquals(200, AdminApi.change(admin, name, "{\"enabled\":true}").status());
        assertEquals(200, Api.get(token, "sources/" + id).status(), "the unexpired token works again");
    }

    @Test
    void theInitialAdministratorWasMadeOnceAtFirstStartAuditedAndLoggedWithoutItsPassword() throws Exception {
        List<String> made = new java.util.ArrayList<>();
        try (var c = Stand.current().rootConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT CONCAT_WS('|', actor, object_type, outcome) FROM audit_event "
                     + "WHERE action = 'INITIAL_ADMINISTRATOR_CREATED'")) {
            while (rs.next()) {
                made.add(rs.getString(1));
            }
        }
        assertEquals(List.of("startup|USER|SUCCESS", "startup|USER|SUCCESS"), made,
                "two initial administrators (accounts are two-person), made by the start-up");
        String log = NoPlaintextIdentityIT.serverLog();
        assertTrue(log.contains("created the initial administrator " + Stand.ADMIN), "the start-up says so in its log");
        assertTrue(log.contains("created the initial administrator " + Stand.ADMIN2), "and of the second");
        assertFalse(log.contains(Cast.password()), "never its password");
        JsonObject admin = Api.get(Cast.adminToken(), "admin/users/" + Stand.ADMIN).json();
        assertEquals("[\"ADMIN\"]", admin.getJsonArray("roles").toString());
        assertEquals("[]", admin.getJsonArray("compartments").toString());
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : new String[] {"app_user", "user_role", "user_compartment", "compartment", "identity_grant"}) {
            c.put(t, Rows.count(t));
        }
        return c;
    }
}
