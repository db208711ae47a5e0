package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Health answers 503 while the database refuses the application, and 200 again after. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void healthIs503WhileTheDatabaseIsUnreachableAnd200After() throws Exception {
        assertEquals(200, Api.get(null, "health").status());
        String account = Stand.current().database().app().sqlName();
        try {
            cutOff(account);
            Api.Reply down = Api.get(null, "health");
            assertEquals(503, down.status(), down.body());
            assertEquals("DOWN", down.json().getString("status"));
            assertEquals("DOWN", down.json().getString("database"));
        } finally {
            try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER USER " + account + " ACCOUNT UNLOCK");
            }
        }
        Api.Reply up = null;
        for (int i = 0; i < 20 && (up == null || up.status() != 200); i++) {
            up = Api.get(null, "health");
            Thread.sleep(250);
        }
        assertEquals(200, up.status(), up.body());
    }

    /** Locks the application's account and closes its open connections, as a lost database would. */
    private static void cutOff(String account) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + account + " ACCOUNT LOCK");
        }
        Stand.current().killConnectionsOf(Stand.current().database().app().user());
    }
}
