package org.hum.dev;

import org.hum.platform.control.SchemaMigrator;
import org.mariadb.jdbc.MariaDbDataSource;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies the schema migrations with the schema owner's account, before the server starts: the
 * run command and the test stand call {@link #apply}, and a production installation runs
 * {@link #main} (docs/operations.md, "Migrations"). The server itself holds only the application
 * and keys accounts, so nothing it runs can alter a table's definition or its grants.
 *
 * <pre>HUM_OWNER_PASSWORD=... java -cp "hum-dev/target/hum-dev.jar:hum-dev/target/lib/*" org.hum.dev.Migrations \
 *     --url jdbc:mariadb://db.example:3306/hum --owner hum_owner \
 *     --app-account "'hum_app'@'10.0.0.%'" --keys-schema hum_keys --keys-account "'hum_keys'@'10.0.0.%'"</pre>
 */
public final class Migrations {
    static final String USAGE = "usage: HUM_OWNER_PASSWORD=... Migrations --url JDBC_URL --owner USER "
            + "--app-account \"'user'@'host'\" --keys-schema NAME --keys-account \"'user'@'host'\"";

    /** Held, so that its level sticks: this class prints the outcome itself. */
    private static final java.util.logging.Logger MIGRATOR_LOG = java.util.logging.Logger.getLogger(SchemaMigrator.class.getName());

    private Migrations() {
    }

    /** Migrates the development or test database that {@link DatabaseProvisioner} made. */
    public static String apply(DatabaseProvisioner.Database db, PrintStream out) throws SQLException {
        String version = migrate(db.jdbcUrl(), db.owner().user(), db.owner().password(), db.app().sqlName(),
                db.keysSchema(), db.keys().sqlName());
        out.println("Schema: migrated to version " + version + " as " + db.owner().user()
                + " (the server holds only the application and keys accounts)");
        return version;
    }

    static String migrate(String url, String owner, String password, String appAccount, String keysSchema,
                          String keysAccount) throws SQLException {
        MIGRATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        MariaDbDataSource ds = new MariaDbDataSource(url);
        ds.setUser(owner);
        ds.setPassword(password);
        return SchemaMigrator.migrate(ds, appAccount, keysSchema, keysAccount);
    }

    public static void main(String[] args) {
        try {
            Map<String, String> o = options(args);
            String password = System.getenv("HUM_OWNER_PASSWORD");
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("set HUM_OWNER_PASSWORD to the schema owner's password "
                        + "(an environment variable, so that it is in no command line or shell history)");
            }
            String version = migrate(o.get("--url"), o.get("--owner"), password, o.get("--app-account"),
                    o.get("--keys-schema"), o.get("--keys-account"));
            System.out.println("Schema at version " + version);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("The migrations failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String name : new String[] {"--url", "--owner", "--app-account", "--keys-schema", "--keys-account"}) {
            o.put(name, null);
        }
        for (int i = 0; i < args.length; i++) {
            if (!o.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option: " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            o.put(args[i], args[++i]);
        }
        o.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("missing " + name);
            }
        });
        if (!o.get("--url").startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("--url must be a jdbc:mariadb:// URL");
        }
        if (!o.get("--keys-schema").matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("--keys-schema must be a plain schema name");
        }
        for (String account : new String[] {"--app-account", "--keys-account"}) {
            if (!o.get(account).matches("'[A-Za-z0-9_]{1,80}'@'[A-Za-z0-9_.%:-]{1,255}'")) {
                throw new IllegalArgumentException(account + " must name an account as 'user'@'host'");
            }
        }
        return o;
    }
}
