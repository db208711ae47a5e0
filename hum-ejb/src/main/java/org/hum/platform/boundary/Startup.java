package org.hum.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.hum.keys.control.IndexKeys;
import org.hum.keys.control.KeyRing;
import org.hum.config.control.HumConfig;
import org.hum.platform.control.SchemaMigrator;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the application up in order: schema migrations (as the schema owner, outside any
 * transaction), then the key ring. If any step fails
 * the deployment fails: HUM never serves with an old schema or without its keys.
 */
@Singleton
@jakarta.ejb.Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "jdbc/humOwner")
    DataSource ownerDataSource;

    @Inject
    HumConfig config;

    @Inject
    KeyRing keyRing;

    @Inject
    IndexKeys indexKeys;

    @PostConstruct
    void start() {
        SchemaMigrator.migrate(ownerDataSource, config.appAccount(), config.keysSchema(), config.keysAccount());
        keyRing.open();
        indexKeys.open();
        LOG.info("HUM is ready");
    }
}
