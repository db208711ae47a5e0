package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.mesa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bearer-token check kept between requests (docs/architecture.md, "Identity"): a token
 * checked once is answered without reading the tokens again (and one never checked, when the
 * database refuses to read them, is answered 503, never 500); a change to access made through HUM
 * is refused at the very next request; one typed into the database by hand holds within the poll's
 * trust window, since the database's triggers move the epoch whoever writes; and logins, right or
 * wrong, do not move it (they would empty every instance's cache).
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class TokenCheckIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String newOfficer(String prefix) {
        String name = prefix + "." + Cast.suffix().toLowerCase();
        Api.Reply created = AdminApi.createUser(Api.token(admin1()), name, "sensitive", List.of("case_officer"),
                List.of(mesa()), AdministrationIT.PASSWORD);
        assertEquals(201, created.status(), created.body());
        return name;
    }

    private static long epoch() throws SQLException {
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT epoch FROM `" + Stand.current().database().name() + "`.security_epoch WHERE id = 1")) {
            assertTrue(rs.next(), "the epoch's row");
            return rs.getLong(1);
        }
    }

    private static void asRoot(String sql, String parameter) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement(sql.replace("$db", "`" + Stand.current().database().name() + "`"))) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            s.execute();
        }
    }

    @Test
    void aCheckedTokenIsAnsweredWithoutReadingTheTokensAgain() throws Exception {
        String name = newOfficer("tc.kept");
        String token = Api.token(name, AdministrationIT.PASSWORD);
        assertEquals(200, Api.get(token, "auth/me").status());
        // the user's creation moved the epoch; once the instance has read it (every tenth of a second)
        // it dropped what it kept then, so the token is checked and kept once more, after that
        Thread.sleep(3 * 100 + 100);
        assertEquals(200, Api.get(token, "auth/me").status());
        Api.Reply other = Api.login(name, AdministrationIT.PASSWORD);
        assertEquals(200, other.status(), other.body());
        String unchecked = other.json().getString("token"); // issued, never checked
        String app = Stand.current().database().app().sqlName();
        // the application's account may no longer read the tokens: a check that read them would fail
        asRoot("REVOKE SELECT ON $db.api_token FROM " + app, null);
        try {
            for (int i = 0; i < 5; i++) {
                Api.Reply me = Api.get(token, "auth/me");
                assertEquals(200, me.status(), "answered from the check kept: " + me.body());
                assertTrue(me.body().contains(name), me.body());
            }
            // a token never checked is checked in the database, which refuses: 503 with a reason, never 500
            Api.Reply refused = Api.get(unchecked, "auth/me");
            assertEquals(503, refused.status(), refused.body());
            assertTrue(refused.header("Retry-After") != null && refused.body().contains("could not check your credentials"),
                    refused.body());
        } finally {
            asRoot("GRANT SELECT ON $db.api_token TO " + app, null);
        }
        assertEquals(200, Api.get(token, "auth/me").status());
    }

    @Test
    void aChangeThroughHumIsRefusedAtTheNextRequestAndALogoutAtOnce() throws Exception {
        String name = newOfficer("tc.role");
        String token = Api.token(name, AdministrationIT.PASSWORD);
        assertEquals(200, Api.get(token, "sources?size=1").status());
        assertEquals(200, Api.get(token, "sources?size=1").status(), "kept, and still a case officer");
        long before = epoch();
        Api.Reply changed = AdminApi.changeRoles(Api.token(admin1()), name, List.of("admin"));
        assertEquals(200, changed.status(), changed.body());
        assertTrue(epoch() > before, "the role's change moved the epoch");
        Api.Reply refused = Api.get(token, "sources?size=1");
        assertEquals(403, refused.status(), "no longer a case officer at the next request: " + refused.body());

        String other = newOfficer("tc.out");
        Api.Reply login = Api.login(other, AdministrationIT.PASSWORD);
        assertEquals(200, login.status(), login.body());
        String second = login.json().getString("token");
        assertEquals(200, Api.get(second, "auth/me").status());
        assertEquals(200, Api.get(second, "auth/me").status());
        Api.Reply out = Api.send(Api.request(second, "auth/logout").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, out.status(), out.body());
        assertEquals(401, Api.get(second, "auth/me").status(), "the token logged out is refused at once");
    }

    @Test
    void aChangeTypedIntoTheDatabaseHoldsWithinTheTrustWindowAndLoginsDoNotMoveTheEpoch() throws Exception {
        String name = newOfficer("tc.hand");
        Api.Reply first = Api.login(name, AdministrationIT.PASSWORD);
        assertEquals(200, first.status(), first.body());
        String token = first.json().getString("token");
        assertEquals(200, Api.get(token, "auth/me").status());
        long before = epoch();
        // from an address of its own, so as not to use up the failures the suite's address may have
        assertEquals(401, Api.loginFrom("127.0.0.31", name, "not-the-password").status(), "a wrong password");
        assertEquals(200, Api.login(name, AdministrationIT.PASSWORD).status(), "a second login, a second token");
        assertEquals(before, epoch(), "a failed login's count and a new token leave the epoch where it was");
        assertEquals(200, Api.get(token, "auth/me").status());

        asRoot("UPDATE $db.app_user SET enabled = FALSE WHERE username = ?", name);
        assertEquals(before + 1, epoch(), "the trigger moved the epoch for a change no code of HUM made");
        long start = System.nanoTime();
        int status = 200;
        // the trust window is half a second: a few seconds' patience for a loaded machine, never relied on for speed
        while (status == 200 && System.nanoTime() - start < 10_000_000_000L) {
            status = Api.get(token, "auth/me").status();
            Thread.sleep(20);
        }
        assertEquals(401, status, "the disabled account's token is refused");
        System.out.printf("TokenCheckIT: a change typed into the database held after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
    }
}
