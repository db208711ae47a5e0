package org.hum.platform.control;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Applies the {@code sql/} migrations (packaged as {@code db/migration} in the EAR's
 * library) through the schema owner's connection pool, which is never enlisted in a JTA
 * transaction. JPA schema generation stays off: the migrations are the schema's truth.
 */
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    public static void migrate(DataSource ownerDataSource, String appAccount, String keysSchema, String keysAccount) {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appAccount", appAccount, "keysSchema", keysSchema, "keysAccount", keysAccount))
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion) + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
