package org.hum.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditContext;
import org.hum.audit.control.AuditLog;

/**
 * Where the web tier hands over what it knows of the request for the audit entries it causes:
 * the client's address, the correlation id and the purpose the caller stated (kept for the
 * current request only), and the refusals it answers itself.
 */
@ApplicationScoped
public class AuditRequests {
    @Inject
    AuditContext context;

    @Inject
    AuditLog log;

    public void begin(String clientAddress, String correlationId, String purpose) {
        context.set(clientAddress, correlationId, purpose);
    }

    /**
     * A call refused before it reached a boundary (its roles did not allow it), audited in a
     * transaction of its own, so that the refusal stays when the call's own work rolls back.
     */
    public void refused(String action, String objectType, String objectId) {
        log.refused(action, objectType, objectId, null);
    }
}
