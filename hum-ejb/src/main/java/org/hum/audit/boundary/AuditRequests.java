package org.hum.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditContext;

/**
 * Where the web tier hands over what it knows of the request for the audit entries it causes:
 * the client's address, the correlation id and the purpose the caller stated (kept for the
 * current request only).
 */
@ApplicationScoped
public class AuditRequests {
    @Inject
    AuditContext context;

    public void begin(String clientAddress, String correlationId, String purpose) {
        context.set(clientAddress, correlationId, purpose);
    }
}
