package org.hum.login.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every minute, on every instance (each counts the refusals it saw), records the refused bearer
 * tokens that were held back and that no later refusal carried into the trail
 * (docs/architecture.md, "Audit trail"). A failure is logged once and tried again the next minute:
 * a timer callback that fails twice would be expunged by the server.
 */
@Singleton
@PermitAll
public class TokenRefusalJob {
    private static final Logger LOG = Logger.getLogger(TokenRefusalJob.class.getName());

    @Inject
    Authentication authentication;

    private boolean failing;

    @Schedule(second = "20", minute = "*", hour = "*", persistent = false, info = "held token refusals")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        try {
            authentication.recordHeldTokenRefusals();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "Recording held token refusals failed; it runs again in a minute. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }
}
