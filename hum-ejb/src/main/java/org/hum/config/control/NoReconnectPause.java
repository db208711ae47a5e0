package org.hum.config.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink, when a read outside a transaction fails for a lost connection, takes another and
 * tries again, up to three times, pausing five seconds before each try by default. A call whose
 * connection the database had just dropped then waited five seconds (fifteen while the database was
 * down) before it was served or answered 503. Here it tries again at once, on a connection the pool
 * checks, so such a call is served or refused within its own time (docs/architecture.md, "When the
 * database goes away"). Installed by the persistence unit ({@code eclipselink.session.customizer}).
 */
public class NoReconnectPause implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
