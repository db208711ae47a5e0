package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second factor of a login (docs/api.md, "Second factor"), on the test stand where it is
 * optional: a user enrols of their own accord, and from then on a login needs a code of their
 * authenticator, once, or an unused recovery code; an administrator's reset makes them enrol
 * anew. Logins here come from a loopback address of their own (127.0.0.7), so that the failures
 * they provoke do not count against the address the rest of the suite logs in from.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class SecondFactorIT {
    private static final String ADDRESS = "127.0.0.7";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anEnrolledUserLogsInWithACodeThatWorksOnce() throws Exception {
        String user = newOfficer();
        assertEquals(200, login(user, null).status(), "optional: not enrolled, the password logs in");

        Reply started = call("auth/second-factor/enrolment", body(user, Cast.password(), null));
        assertEquals(200, started.status(), started.body());
        String secret = started.json().getString("secret");
        assertEquals(32, secret.length(), "160 bits in base32");
        assertTrue(started.json().getString("otpauthUri").startsWith("otpauth://totp/HUM:" + user + "?secret=" + secret),
                started.json().getString("otpauthUri"));
        SecondFactor app = new SecondFactor(secret);
        assertEquals(200, login(user, null).status(), "a pending enrolment asks nothing yet");

        Reply wrongFirst = call("auth/second-factor/enrolment/confirmation", body(user, Cast.password(), app.wrongCode()));
        assertEquals(401, wrongFirst.status(), wrongFirst.body());
        Reply confirmed = call("auth/second-factor/enrolment/confirmation", body(user, Cast.password(), app.nextCode()));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(10, confirmed.json().getJsonArray("recoveryCodes").size());
        String token = confirmed.json().getJsonObject("login").getString("token");
        assertEquals(200, Api.get(token, "sources").status(), "the confirmation logs in");
        JsonObject state = Api.get(token, "auth/second-factor").json();
        assertTrue(state.getBoolean("enrolled"));
        assertEquals(10, state.getInt("unusedRecoveryCodes"));

        Reply replayOfConfirmation = login(user, app.lastCode());
        assertEquals(401, replayOfConfirmation.status(), "the confirming code was used");
        Reply missing = login(user, null);
        assertEquals(401, missing.status(), "enrolled: the password alone no longer logs in");
        assertEquals("/hum/problems/login-failed", missing.json().getString("type"));
        Reply wrong = login(user, app.wrongCode());
        assertEquals(401, wrong.status());
        assertEquals(missing.body(), wrong.body(), "a missing and a wrong code read alike");
        Reply withCode = login(user, app.nextCode());
        assertEquals(200, withCode.status(), withCode.body());
        assertEquals(401, login(user, app.lastCode()).status(), "a code works once");

        Reply again = call("auth/second-factor/enrolment", body(user, Cast.password(), app.nextCode()));
        assertEquals(409, again.status(), "an enrolled user cannot enrol over their factor: " + again.body());
        assertEquals(401, call("auth/second-factor/enrolment", body(user, Cast.password(), null)).status(),
                "nor start one with the password alone");

        assertEquals(List.of(1L, 5L), failures(user), "the wrong and missing codes are failed logins, audited");
        assertNoSecretKept(user, secret, strings(confirmed.json().getJsonArray("recoveryCodes")));
    }

    @Test
    void aRecoveryCodeLogsInOnceAndNewOnesNeedACurrentCode() throws Exception {
        String user = newOfficer();
        Enrolled e = enrol(user);
        String first = e.recoveryCodes().get(0);
        assertEquals(200, login(user, first).status(), "a recovery code in place of a code");
        assertEquals(401, login(user, first).status(), "but once only");
        assertEquals(200, login(user, e.recoveryCodes().get(1).toLowerCase(Locale.ROOT).replace("-", " ")).status(),
                "typed in lower case with spaces");
        Reply logged = login(user, e.recoveryCodes().get(2));
        assertEquals(200, logged.status());
        String token = logged.json().getString("token");
        assertEquals(7, Api.get(token, "auth/second-factor").json().getInt("unusedRecoveryCodes"));

        Api.Reply withRecoveryCode = Api.post(token, "auth/second-factor/recovery-codes",
                "{\"code\":\"" + e.recoveryCodes().get(3) + "\"}");
        assertEquals(422, withRecoveryCode.status(), "a recovery code does not renew them: " + withRecoveryCode.body());
        SourceRegistrationIT.assertProblem(Api.post(token, "auth/second-factor/recovery-codes", "{}"), 400, "no code");
        Api.Reply renewed = Api.post(token, "auth/second-factor/recovery-codes", "{\"code\":\"" + e.app().nextCode() + "\"}");
        assertEquals(200, renewed.status(), renewed.body());
        List<String> fresh = strings(renewed.json().getJsonArray("recoveryCodes"));
        assertEquals(10, fresh.size());
        assertEquals(401, login(user, e.recoveryCodes().get(4)).status(), "the earlier codes are void");
        assertEquals(200, login(user, fresh.get(0)).status(), "the new ones work");

        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'RECOVERY_CODE_USED' AND actor = ?", user),
                "each recovery code that logged in");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'RECOVERY_CODES_RENEWED' AND actor = ?", user));
        assertNoSecretKept(user, e.secret(), fresh);
    }

    @Test
    void anAdministratorsResetMakesTheUserEnrolAgain() throws Exception {
        String user = newOfficer();
        Enrolled e = enrol(user);
        String admin = Cast.adminToken();
        assertTrue(Api.get(admin, "admin/users/" + user).json().getBoolean("secondFactor"));
        assertEquals(403, Api.send(Api.request(Api.token(Cast.controller1()), "admin/users/" + user + "/second-factor")
                .DELETE()).status(), "administrators only");

        Reply in = login(user, e.app().nextCode());
        assertEquals(200, in.status(), in.body());
        String held = in.json().getString("token");
        assertEquals(200, Api.get(held, "auth/me").status());

        assertEquals(204, Api.send(Api.request(admin, "admin/users/" + user + "/second-factor").DELETE()).status());
        assertFalse(Api.get(admin, "admin/users/" + user).json().getBoolean("secondFactor"));
        assertEquals(401, Api.get(held, "auth/me").status(), "the tokens the lost factor let in are revoked");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'SECOND_FACTOR_RESET' AND object_id = ?",
                Api.get(admin, "admin/users/" + user).json().getString("id")));
        assertEquals(0, count("SELECT COUNT(*) FROM second_factor f JOIN app_user u ON u.id = f.user_id WHERE u.username = ?", user));
        assertEquals(0, count("SELECT COUNT(*) FROM recovery_code r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?", user));
        assertEquals(409, Api.send(Api.request(admin, "admin/users/" + user + "/second-factor").DELETE()).status(),
                "nothing left to reset");
        assertEquals(404, Api.send(Api.request(admin, "admin/users/nobody-" + Cast.suffix() + "/second-factor").DELETE()).status());

        assertEquals(200, login(user, null).status(), "no factor: optional, so the password logs in again");
        Enrolled anew = enrol(user);
        assertNotEquals(e.secret(), anew.secret(), "a new enrolment has a new secret");
        assertEquals(200, login(user, anew.app().nextCode()).status());
    }

    @Test
    void enrolmentChecksThePasswordAndAnswersAsALogin() throws Exception {
        Reply unknown = call("auth/second-factor/enrolment", body("nobody-" + UUID.randomUUID(), "not-the-password", null));
        Reply wrong = call("auth/second-factor/enrolment", body(newOfficer(), "not-the-password", null));
        assertEquals(401, unknown.status());
        assertEquals(unknown.body(), wrong.body(), "nothing tells whether the account exists");
        assertEquals(400, call("auth/second-factor/enrolment", "{\"username\":\"x\"}").status());
        assertEquals(401, Api.get(null, "auth/second-factor").status(), "the state of one's factor needs a login");
    }

    // --- helpers ---

    record Enrolled(String secret, SecondFactor app, List<String> recoveryCodes) {
    }

    private static Enrolled enrol(String user) throws IOException {
        Reply started = call("auth/second-factor/enrolment", body(user, Cast.password(), null));
        assertEquals(200, started.status(), started.body());
        String secret = started.json().getString("secret");
        SecondFactor app = new SecondFactor(secret);
        Reply confirmed = call("auth/second-factor/enrolment/confirmation", body(user, Cast.password(), app.nextCode()));
        assertEquals(200, confirmed.status(), confirmed.body());
        return new Enrolled(secret, app, strings(confirmed.json().getJsonArray("recoveryCodes")));
    }

    private static String newOfficer() {
        String name = "tfa-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = AdminApi.createUser(Cast.adminToken(), name, "SENSITIVE", List.of("CASE_OFFICER"),
                List.of(Cast.copper()), Cast.password());
        assertEquals(201, created.status(), created.body());
        return name;
    }

    private static String body(String user, String password, String code) {
        var b = Json.createObjectBuilder().add("username", user).add("password", password);
        if (code != null) {
            b.add("code", code);
        }
        return b.build().toString();
    }

    private static Reply login(String user, String code) throws IOException {
        return call("auth/login", body(user, Cast.password(), code));
    }

    /** The failed logins of the account now (failed_logins), and its LOGIN_FAILED entries in the trail. */
    private static List<Long> failures(String user) throws SQLException {
        return List.of(count("SELECT failed_logins FROM app_user WHERE username = ?", user),
                count("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor = ?", user));
    }

    /**
     * Neither the secret (in base32 or raw) nor a recovery code is in the user's database rows,
     * in the audit trail, or in the server log.
     */
    private static void assertNoSecretKept(String user, String secret, List<String> recoveryCodes) throws Exception {
        List<String> needles = new ArrayList<>(List.of(secret));
        recoveryCodes.forEach(c -> {
            needles.add(c);
            needles.add(c.replace("-", ""));
        });
        try (Connection c = Stand.current().rootConnection()) {
            StringBuilder rows = new StringBuilder();
            try (PreparedStatement s = c.prepareStatement("SELECT CONCAT_WS('|', actor, action, IFNULL(object_id, ''), "
                    + "IFNULL(label, ''), IFNULL(purpose, '')) FROM audit_event WHERE actor = ? OR object_id = ?")) {
                s.setString(1, user);
                s.setString(2, user);
                ResultSet rs = s.executeQuery();
                while (rs.next()) {
                    rows.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(rows.toString().contains("SECOND_FACTOR_ENROLLED"), rows.toString());
            byte[] stored;
            try (PreparedStatement s = c.prepareStatement("SELECT f.secret FROM second_factor f JOIN app_user u "
                    + "ON u.id = f.user_id WHERE u.username = ?")) {
                s.setString(1, user);
                ResultSet rs = s.executeQuery();
                assertTrue(rs.next());
                stored = rs.getBytes(1);
            }
            String storedText = new String(stored, StandardCharsets.ISO_8859_1);
            assertFalse(storedText.contains(new String(SecondFactor.decode(secret), StandardCharsets.ISO_8859_1)),
                    "the secret is not kept in the clear");
            String log = NoPlaintextIdentityIT.serverLog();
            for (String n : needles) {
                assertFalse(rows.toString().contains(n), "a secret in the audit trail");
                assertFalse(storedText.contains(n), "a secret in the clear in the database");
                assertFalse(log.contains(n), "a secret in the server log");
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM recovery_code r JOIN app_user u "
                    + "ON u.id = r.user_id WHERE u.username = ? AND r.used_at IS NULL")) {
                s.setString(1, user);
                ResultSet rs = s.executeQuery();
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) > 0, "the recovery codes are kept, as hashes (checked above: not in the clear)");
            }
        }
    }

    private static long count(String sql, String param) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static List<String> strings(jakarta.json.JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    record Reply(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** A POST of JSON from {@link #ADDRESS} (HTTP/1.0: the answer is not chunked); the status and body. */
    private static Reply call(String path, String json) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(ADDRESS, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", 8080 + Stand.portOffset()), 5000);
            socket.setSoTimeout(30_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST /hum/api/" + path + " HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            return new Reply(Integer.parseInt(answer.substring(9, 12)), split < 0 ? "" : answer.substring(split + 4));
        }
    }
}
