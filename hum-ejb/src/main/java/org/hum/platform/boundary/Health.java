package org.hum.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.api.platform.HealthReport;
import org.hum.keys.control.KeyRing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.hum.keys.control.DataKeys;

/** Whether HUM can serve: the database answers and the key ring is open. Says nothing more. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Health {
    @Resource(lookup = "jdbc/hum")
    DataSource dataSource;

    @Inject
    KeyRing keyRing;

    @Inject
    DataKeys dataKeys;

    public HealthReport check() {
        boolean db = databaseAnswers();
        boolean keys = keyRing.isOpen() && dataKeys.reachable();
        return new HealthReport(db && keys ? "UP" : "DOWN", db ? "UP" : "DOWN", keys ? "UP" : "DOWN");
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
