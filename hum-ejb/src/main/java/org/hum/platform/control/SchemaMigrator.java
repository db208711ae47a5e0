package org.hum.platform.control;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The {@code sql/} migrations (packaged as {@code db/migration} in the EAR's library and on the
 * launcher's class path). They are applied before the server starts, with the schema owner's
 * account ({@link #migrate}: the run command, the test stand, and the command in
 * docs/operations.md, "Migrations"); the server holds only the application and keys accounts,
 * and at start checks with the application's ({@link #requireCurrent}) that nothing is pending.
 * JPA schema generation stays off: the migrations are the schema's truth.
 */
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    /** Applies what is pending, as the schema owner; answers the schema's version after. */
    public static String migrate(DataSource ownerDataSource, String appAccount, String keysSchema, String keysAccount) {
        Flyway flyway = flyway(ownerDataSource, Map.of("appAccount", appAccount, "keysSchema", keysSchema,
                "keysAccount", keysAccount));
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
        return version;
    }

    /**
     * Fails unless every migration this release carries has been applied (read with the
     * application's account, which may read the schema history and nothing of the owner's).
     */
    public static String requireCurrent(DataSource appDataSource) {
        // placeholders are only substituted when a migration runs; info() reads the history and the scripts' names
        MigrationInfoService info = flyway(appDataSource, Map.of("appAccount", "-", "keysSchema", "-", "keysAccount", "-"))
                .info();
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        String at = current == null ? "none" : current.getVersion().getVersion();
        if (pending.length > 0) {
            throw new IllegalStateException("The database schema is at version " + at + " and this release needs "
                    + pending[pending.length - 1].getVersion().getVersion() + " (" + pending.length
                    + (pending.length == 1 ? " migration" : " migrations") + " pending): run the migrations with the schema owner's account first "
                    + "(docs/operations.md, \"Migrations\")");
        }
        return at;
    }

    private static Flyway flyway(DataSource dataSource, Map<String, String> placeholders) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .failOnMissingLocations(true)
                .load();
    }
}
