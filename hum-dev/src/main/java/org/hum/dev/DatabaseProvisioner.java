package org.hum.dev;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates HUM's database and its two accounts on a MariaDB server, as root.
 * <ul>
 *   <li>{@code <db>_owner} owns the schema: the application's migrator applies the
 *   {@code sql/} migrations through it, and the migrations grant table privileges.</li>
 *   <li>{@code <db>_app} is what the application runs as: it gets only SHOW VIEW here (so
 *   it can connect before the first migration), and otherwise the per-table grants the
 *   migrations give it (so the audit trail and the ledger can be append-only for it).</li>
 * </ul>
 * Safe to run at every start: accounts are created if absent and their passwords reset
 * to the development secrets.
 */
public final class DatabaseProvisioner {

    public record Account(String user, String password) {
        /** The account as MariaDB names it in GRANT statements. */
        public String sqlName() {
            return "'" + user + "'@'%'";
        }
    }

    public record Database(String name, String jdbcUrl, Account owner, Account app) {
    }

    private DatabaseProvisioner() {
    }

    public static Database provision(DatabaseServer server, String name, DevSecrets secrets, boolean recreate)
            throws SQLException {
        requireIdentifier(name);
        Account owner = new Account(name + "_owner", secrets.get(name + "_owner.password"));
        Account app = new Account(name + "_app", secrets.get(name + "_app.password"));
        try (Connection c = server.rootConnection(); Statement s = c.createStatement()) {
            if (recreate) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (Account a : new Account[] {owner, app}) {
                s.execute("CREATE USER IF NOT EXISTS " + a.sqlName() + " IDENTIFIED BY '" + a.password() + "'");
                s.execute("ALTER USER " + a.sqlName() + " IDENTIFIED BY '" + a.password() + "'");
            }
            s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO " + owner.sqlName() + " WITH GRANT OPTION");
            // One harmless database-level privilege, so that the application account may open a connection to
            // the database before the first migration has created (and granted it) any table: the JPA unit
            // connects at deployment, before the migrator runs.
            s.execute("GRANT SHOW VIEW ON `" + name + "`.* TO " + app.sqlName());
        }
        return new Database(name, server.jdbcUrl(name), owner, app);
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }
}
