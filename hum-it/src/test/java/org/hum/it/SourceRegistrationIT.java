package org.hum.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registering a source over REST: what is stored, what comes back, and every bad input. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class SourceRegistrationIT {
    private static final List<String> WRITTEN_TABLES = List.of("source", Stand.keysTable(), "identity_grant");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void registeredIdentityIsStoredOnlyAsCiphertext() throws SQLException {
        String token = Api.token(officer1());
        Api.Reply r = Api.post(token, "sources", Api.registration("QUILL", copper(), "Zephyrine Quillfeather",
                "1979-04-12", "+1 555 867 5309"));
        assertEquals(201, r.status(), r.body());

        for (String table : List.of("source", Stand.keysTable(), "identity_grant", "app_user", "api_token")) {
            String rows = Rows.dump(table);
            assertFalse(rows.contains("Zephyrine"), table + " holds the true name in plaintext");
            assertFalse(rows.contains("Quillfeather"), table + " holds the true name in plaintext");
            assertFalse(rows.contains("867 5309") || rows.contains("8675309"), table + " holds the phone in plaintext");
            assertFalse(rows.contains("1979-04-12"), table + " holds the date of birth in plaintext");
        }
        assertTrue(Rows.dump("source").contains("QUILL"), "the code name is stored as it is");
    }

    @Test
    void registrarSeesTheSourceWithItsIdentityAndALocation() {
        String token = Api.token(officer1());
        Api.Reply created = Api.post(token, "sources", Api.registration("LANTERN", mesa(), "Ottilie Brandvold",
                "1988-02-29", "+52 664 555 0101"));
        assertEquals(201, created.status(), created.body());
        JsonObject body = created.json();
        String id = body.getString("id");
        assertEquals(Api.BASE + "sources/" + id, created.header("Location"));
        assertTrue(body.getString("sourceNumber").matches("HUM-[2-9A-Z]{8}"));

        JsonObject read = Api.get(token, "sources/" + id).json();
        assertEquals("LANTERN", read.getString("codeName"));
        assertEquals(mesa(), read.getString("compartment"));
        assertTrue(read.getBoolean("identityVisible"));
        assertEquals("Ottilie Brandvold", read.getJsonObject("identity").getString("trueName"));
        assertEquals("1988-02-29", read.getJsonObject("identity").getString("dateOfBirth"));
        assertEquals("+52 664 555 0101", read.getJsonObject("identity").getString("phoneNumber"));
    }

    @Test
    void everyBadInputIsRefusedWithAProblemAndWritesNothing() throws SQLException {
        String token = Api.token(officer1());
        Map<String, Long> before = counts();
        String ok = ("\"compartment\":\"" + copper() + "\",\"trueName\":\"Anna Test\",\"dateOfBirth\":\"1980-01-01\",\"phoneNumber\":\"+1 555 000 1111\"");

        Map<String, String> badBodies = new LinkedHashMap<>();
        badBodies.put("malformed JSON", "{\"codeName\": \"X1\", ");
        badBodies.put("not an object", "[1,2,3]");
        badBodies.put("empty body", "");
        badBodies.put("missing code name", "{" + ok + "}");
        badBodies.put("missing true name", Api.registration("EGRET", copper(), null, "1980-01-01", "+1 555 000 1111"));
        badBodies.put("oversized true name", Api.registration("EGRET", copper(), "N".repeat(201), "1980-01-01", "+1 555 000 1111"));
        badBodies.put("oversized code name", Api.registration("E".repeat(65), copper(), "Anna Test", "1980-01-01", "+1 555 000 1111"));
        badBodies.put("date of birth in the future", Api.registration("EGRET", copper(), "Anna Test", "2999-01-01", "+1 555 000 1111"));
        badBodies.put("date of birth not a date", Api.registration("EGRET", copper(), "Anna Test", "1980-13-45", "+1 555 000 1111"));
        badBodies.put("phone not a phone", Api.registration("EGRET", copper(), "Anna Test", "1980-01-01", "call me"));
        badBodies.put("unknown compartment", Api.registration("EGRET", "NOWHERE", "Anna Test", "1980-01-01", "+1 555 000 1111"));
        badBodies.put("misspelt field", "{\"codename\":\"EGRET\"," + ok + "}");
        badBodies.put("wrong type", "{\"codeName\":{\"a\":1}," + ok + "}");

        for (var bad : badBodies.entrySet()) {
            Api.Reply r = Api.post(token, "sources", bad.getValue());
            assertEquals(400, r.status(), bad.getKey() + ": " + r.body());
            assertProblem(r, 400, bad.getKey());
            assertFalse(r.body().contains("Exception") || r.body().contains("at org."), bad.getKey() + " leaks a stack trace");
        }
        Api.Reply unknown = Api.post(token, "sources", Api.registration("EGRET", "NOWHERE", "Anna Test", "1980-01-01", "+1 555 000 1111"));
        assertTrue(unknown.json().getString("detail").contains(copper()), "the refusal names the compartments to use");
        Api.Reply future = Api.post(token, "sources", Api.registration("EGRET", copper(), "Anna Test", "2999-01-01", "+1 555 000 1111"));
        assertEquals("dateOfBirth", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply noCredentials = Api.post(null, "sources", Api.registration("EGRET", copper(), "Anna Test", "1980-01-01", "+1 555 000 1111"));
        assertProblem(noCredentials, 401, "no credentials");
        assertEquals("Bearer realm=\"hum\"", noCredentials.header("WWW-Authenticate"));

        String huge = Api.registration("EGRET", copper(), "A".repeat(70_000), "1980-01-01", "+1 555 000 1111");
        assertProblem(Api.post(token, "sources", huge), 413, "oversized body");
        Api.Reply chunked = Api.send(Api.request(token, "sources").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes()))));
        assertProblem(chunked, 413, "oversized chunked body");

        assertProblem(Api.send(Api.request(token, "sources").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "wrong content type");
        assertProblem(Api.get(token, "sources?page=-1"), 400, "negative page");
        assertProblem(Api.get(token, "sources?size=abc"), 400, "size not a number");
        assertProblem(Api.get(token, "sources?size=1000"), 400, "size too large");

        assertEquals(before, counts(), "a refused request wrote rows");
    }

    @Test
    void listIsPagedInCodeNameOrder() {
        String token = Api.token(officer1());
        for (String name : List.of("ZULU-1", "ZULU-2", "ZULU-3")) {
            assertEquals(201, Api.post(token, "sources", Api.registration(name, copper(), "Page Test", "1970-01-01",
                    "+1 555 000 2222")).status());
        }
        JsonObject all = Api.get(token, "sources?size=100").json();
        long total = all.getJsonNumber("total").longValue();
        assertTrue(total >= 3);
        JsonObject last = Api.get(token, "sources?size=1&page=" + (total - 1)).json();
        assertEquals(1, last.getJsonArray("items").size());
        assertEquals(total, last.getJsonNumber("total").longValue());
        List<String> names = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("codeName")).toList();
        assertEquals(names.stream().sorted().toList(), names, "sorted by code name");
        assertTrue(all.getJsonArray("items").getJsonObject(0).keySet().stream().noneMatch(k -> k.equals("identity")),
                "lists never carry identities");
    }

    static void assertProblem(Api.Reply r, int status, String what) {
        assertEquals(status, r.status(), what + ": " + r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), what + ": " + r.header("Content-Type"));
        JsonObject p = r.json();
        assertEquals(status, p.getInt("status"), what);
        assertTrue(p.getString("type").startsWith("/hum/problems/"), what);
        assertNotNull(p.getString("title"), what);
        assertTrue(p.getString("detail").length() > 10, what + ": the detail should say what to do");
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : WRITTEN_TABLES) {
            c.put(t, Rows.count(t));
        }
        return c;
    }
}
