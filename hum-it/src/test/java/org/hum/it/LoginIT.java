package org.hum.it;

import jakarta.json.JsonObject;
import org.hum.crypto.control.PasswordHasher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in to the API: tokens, refusals that reveal nothing, and slowing down guessing. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class LoginIT {
    /** Deliberate failed logins come from an address of this class's own (Api.loginFrom). */
    private static final String FAILURES = "127.0.0.23";


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void loginGivesAShortLivedBearerTokenThatOpensTheApi() {
        Api.Reply r = Api.login(officer1(), Cast.password());
        assertEquals(200, r.status(), r.body());
        JsonObject body = r.json();
        assertEquals("Bearer", body.getString("tokenType"));
        assertEquals(officer1(), body.getString("username"));
        assertTrue(body.getJsonArray("roles").toString().contains("CASE_OFFICER"));
        Instant expires = Instant.parse(body.getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now()) && expires.isBefore(Instant.now().plus(Duration.ofMinutes(31))));
        assertEquals(200, Api.get(body.getString("token"), "sources").status());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Api.Reply wrong = Api.loginFrom(FAILURES, controller1(), "not-the-password");
        Api.Reply unknown = Api.loginFrom(FAILURES, "nobody-" + UUID.randomUUID(), "not-the-password");
        assertEquals(401, wrong.status());
        assertEquals(wrong.body(), unknown.body());
        assertEquals("/hum/problems/login-failed", wrong.json().getString("type"));
        SourceRegistrationIT.assertProblem(Api.post(null, "auth/login", "{\"username\":\"x\"}"), 400, "no password");
        SourceRegistrationIT.assertProblem(Api.post(null, "auth/login", "{nope"), 400, "malformed login");
    }

    @Test
    void fiveFailuresInARowPauseTheAccountEvenForTheRightPassword() throws SQLException {
        String username = "guess-target-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "right-password-123");
        assertEquals(200, Api.loginFrom(FAILURES, username, "right-password-123").status(), "the account works");
        Api.Reply failure = null;
        for (int i = 0; i < 5; i++) {
            failure = Api.loginFrom(FAILURES, username, "wrong-" + i);
            assertEquals(401, failure.status());
        }
        Api.Reply paused = Api.loginFrom(FAILURES, username, "right-password-123");
        assertEquals(401, paused.status(), "the sixth attempt, right or not, waits");
        assertEquals(failure.body(), paused.body(), "the pause looks like any failed login");
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT failed_logins, locked_until > NOW(6) FROM app_user WHERE username = ?")) {
            s.setString(1, username);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next());
            assertEquals(5, rs.getInt(1));
            assertTrue(rs.getBoolean(2), "the account is paused for a while");
        }
    }

    @Test
    void missingBadAndRevokedTokensAreRefused() throws SQLException {
        SourceRegistrationIT.assertProblem(Api.get(null, "sources"), 401, "no token");
        SourceRegistrationIT.assertProblem(Api.get("made-up-token", "sources"), 401, "made-up token");
        SourceRegistrationIT.assertProblem(Api.send(Api.request(null, "sources").header("Authorization", "Basic b2ZmaWNlcjE6eA==")),
                401, "basic auth");
        String token = Api.token(reviewer1());
        assertEquals(200, Api.get(token, "sources").status());
        long logouts = logouts(reviewer1());
        assertEquals(204, Api.post(token, "auth/logout", "").status());
        SourceRegistrationIT.assertProblem(Api.get(token, "sources"), 401, "token after logout");
        assertEquals(logouts + 1, logouts(reviewer1()), "the logout is in the audit trail");
        assertEquals(401, Api.post(token, "auth/logout", "").status(), "the given-back token cannot log out again");
        assertEquals(logouts + 1, logouts(reviewer1()), "and not recorded twice");
    }

    private static long logouts(String username) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGOUT' AND actor = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void passwordsAreStoredAsArgon2idAtOwaspParametersAndTokensOnlyAsHashes() throws SQLException {
        String token = Api.token(officer2());
        String users = Rows.dump("app_user");
        assertTrue(users.contains("$argon2id$v=19$m=" + PasswordHasher.MEMORY_KIB + ",t=" + PasswordHasher.ITERATIONS
                + ",p=" + PasswordHasher.PARALLELISM + "$"));
        assertTrue(PasswordHasher.MEMORY_KIB >= 19_456 && PasswordHasher.ITERATIONS >= 2);
        assertFalse(users.contains(Cast.password()));
        assertFalse(Rows.dump("api_token").contains(token), "a token is stored only as its hash");
    }

    @Test
    void healthReportsTheDatabaseAndTheKeysWithoutLogin() {
        Api.Reply r = Api.get(null, "health");
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().getString("status"));
        assertEquals("UP", r.json().getString("database"));
        assertEquals("UP", r.json().getString("keys"));
    }

    private static void createUser(String username, String password) throws SQLException {
        try (Connection c = Stand.current().rootConnection()) {
            String id = UUID.randomUUID().toString();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_user (id, username, display_name, password_hash, "
                    + "unit, clearance_level) VALUES (?, ?, 'Guess Target', ?, 'TEST', 0)")) {
                s.setString(1, id);
                s.setString(2, username);
                s.setString(3, new PasswordHasher().hash(password.toCharArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'COMPLIANCE_REVIEWER')")) {
                s.setString(1, id);
                s.executeUpdate();
            }
        }
    }
}
