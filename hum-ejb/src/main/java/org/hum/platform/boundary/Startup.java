package org.hum.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.hum.keys.control.IndexKeys;
import org.hum.keys.control.KeyRing;
import org.hum.platform.control.SchemaMigrator;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the application up in order: a check that the schema is current (the migrations ran
 * before, as the schema owner, whose account the server never holds: docs/operations.md,
 * "Migrations"), then the key ring. If any step fails the deployment fails: HUM never serves
 * with an old schema or without its keys.
 */
@Singleton
@jakarta.ejb.Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "jdbc/hum")
    DataSource appDataSource;

    @Inject
    KeyRing keyRing;

    @Inject
    IndexKeys indexKeys;

    @PostConstruct
    void start() {
        String version = SchemaMigrator.requireCurrent(appDataSource);
        LOG.info(() -> "Schema at version " + version + ", as this release needs");
        keyRing.open();
        indexKeys.open();
        LOG.info("HUM is ready");
    }
}
