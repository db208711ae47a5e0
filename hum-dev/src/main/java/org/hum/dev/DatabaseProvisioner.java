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
 * <ul>
 *   <li>{@code <db>_keys} is the only account that reaches the key schema {@code <db>_keys},
 *   where the wrapped data keys live: a dump of the data schema alone reveals nothing.</li>
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

    /**
     * A provisioned database: the data schema {@code name}, the key schema {@code name_keys}
     * (wrapped data keys, reached only through {@code keys}), and the accounts.
     */
    public record Database(String name, String jdbcUrl, String keysJdbcUrl, Account owner, Account app, Account keys) {
        public String keysSchema() {
            return name + "_keys";
        }
    }

    private DatabaseProvisioner() {
    }

    public static Database provision(DatabaseServer server, String name, DevSecrets secrets, boolean recreate)
            throws SQLException {
        requireIdentifier(name);
        Account owner = new Account(name + "_owner", secrets.get(name + "_owner.password"));
        Account app = new Account(name + "_app", secrets.get(name + "_app.password"));
        Account keys = new Account(name + "_keys", secrets.get(name + "_keys.password"));
        String keysSchema = name + "_keys";
        try (Connection c = server.rootConnection(); Statement s = c.createStatement()) {
            for (String schema : new String[] {name, keysSchema}) {
                if (recreate) {
                    s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
                }
                s.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            for (Account a : new Account[] {owner, app, keys}) {
                s.execute("CREATE USER IF NOT EXISTS " + a.sqlName() + " IDENTIFIED BY '" + a.password() + "'");
                s.execute("ALTER USER " + a.sqlName() + " IDENTIFIED BY '" + a.password() + "'");
            }
            s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO " + owner.sqlName() + " WITH GRANT OPTION");
            // One harmless database-level privilege, so that the application account may open a connection to
            // the database before the first migration has created (and granted it) any table: the JPA unit
            // connects at deployment, before the migrator runs.
            s.execute("GRANT SHOW VIEW ON `" + name + "`.* TO " + app.sqlName());
            // the key schema: owned by the owner (its migrations grant the keys account); the data account gets nothing
            s.execute("GRANT ALL PRIVILEGES ON `" + keysSchema + "`.* TO " + owner.sqlName() + " WITH GRANT OPTION");
            s.execute("GRANT SHOW VIEW ON `" + keysSchema + "`.* TO " + keys.sqlName());
        }
        return new Database(name, server.jdbcUrl(name), server.jdbcUrl(keysSchema), owner, app, keys);
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }
}
