package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pools check a connection before they hand it out only if its last check is a second old or
 * more (docs/architecture.md, "When the database goes away"). Here the database drops every
 * connection of the application's and the keys' accounts just after they were used, as a failover
 * or an operator's {@code KILL} would, and the next calls come at once, inside that second: each
 * is served, or answered 503 with {@code Retry-After} and a message and nothing written, never
 * 500; from the next second on the same server serves every call again, and a contact report
 * refused in between is made once when sent again with its key.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ConnectionDroppedIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void callsRightAfterTheDatabaseDropsThePoolsConnectionsAreServedOrAnswered503AndServedAgainAfterASecond() throws Exception {
        String file = ContactReportIT.register(copper());
        String token = Api.token(officer1());
        String body = ContactReportIT.report("Crossing schedule for the week, as given").build().toString();
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        try {
            for (int round = 0; round < 3; round++) {
                // every pool's connections just used, so checked less than a second ago
                for (int i = 0; i < 4; i++) {
                    assertEquals(200, Api.get(token, "sources/" + file).status());
                }
                assertTrue(Stand.current().killConnectionsOf(Stand.current().database().app().user(),
                        Stand.current().database().keys().user()) > 0, "the server held connections to drop");

                refused += servedOr503(Api.get(token, "auth/me"), "the token's check right after the drop", wrong);
                refused += servedOr503(Api.get(token, "sources/" + file), "a file's read right after the drop", wrong);
                String key = UUID.randomUUID().toString();
                int notMade = servedOr503(ContactReportIT.submitWithKey(officer1(), file, key, body),
                        "a contact report right after the drop", wrong);
                refused += notMade;
                if (notMade == 1) {
                    assertEquals(0, reportsWithKey(key), "a contact report answered 503 left nothing");
                }

                Thread.sleep(1100); // past the pools' check period; asserts nothing about time
                Api.Reply again = ContactReportIT.submitWithKey(officer1(), file, key, body);
                assertTrue(again.status() == 201 || again.status() == 200, again.status() + " " + again.body());
                assertEquals(200, Api.get(token, "auth/me").status());
                assertEquals(200, Api.get(token, "sources/" + file).status());
                assertEquals(1, reportsWithKey(key), "the report is there once");
            }
        } finally {
            awaitHealthy(); // the next class finds the server serving
        }
        assertEquals(List.of(), wrong, "every answer right after a drop was served, or 503 with Retry-After and a message");
        System.out.println("ConnectionDroppedIT: " + refused + " of 9 calls right after a drop answered 503");
    }

    private static void awaitHealthy() throws InterruptedException {
        for (int i = 0; i < 40 && Api.get(null, "health").status() != 200; i++) {
            Thread.sleep(250); // polls health; asserts nothing about time
        }
    }

    /** 1 if {@code r} is a 503 (with {@code Retry-After} and a message, else it is noted as wrong), 0 if served. */
    private static int servedOr503(Api.Reply r, String what, List<String> wrong) {
        if (r.status() == 503) {
            if (r.header("Retry-After") == null || !r.body().contains("\"detail\"")) {
                wrong.add(what + ": 503 without Retry-After or a message: " + r.body());
            }
            return 1;
        }
        if (r.status() != 200 && r.status() != 201) {
            wrong.add(what + ": " + r.status() + " " + r.body());
        }
        return 0;
    }

    private static int reportsWithKey(String key) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM contact_report WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
