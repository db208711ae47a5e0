package org.hum.audit.control;

import java.util.Set;

/**
 * What the web tier knows about the request that an audit entry needs: the client's address,
 * a correlation id (also returned to the client as {@code X-Correlation-Id}) and the purpose
 * the caller stated. Filled by hum-web's request filter; empty outside a web request.
 * Request-scoped: one instance per request, made by {@code org.hum.platform.control.ScopedState}
 * (a producer, not a managed bean; docs/performance.md, "Where a contact report's time goes").
 */
public class AuditContext {
    private String clientAddress;
    private String correlationId;
    private String purpose;
    /** The caller's roles as the container has them for this request, asked once (by caller name). */
    private String rolesCaller;
    private Set<String> roles;

    public void set(String clientAddress, String correlationId, String purpose) {
        this.clientAddress = clientAddress;
        this.correlationId = correlationId;
        this.purpose = purpose;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String correlationId() {
        return correlationId;
    }

    public String purpose() {
        return purpose;
    }

    /** The roles kept for {@code caller} in this request; null if none were kept for that caller. */
    Set<String> rolesOf(String caller) {
        return caller.equals(rolesCaller) ? roles : null;
    }

    public void keepRoles(String caller, Set<String> callerRoles) {
        this.rolesCaller = caller;
        this.roles = callerRoles;
    }

    /**
     * Keeps the roles the bearer token's check read for {@code caller} (the very roles it hands the
     * container for this request), so that the trail need not ask the container role by role.
     */
    public void keepCheckedRoles(String caller, Set<String> callerRoles) {
        keepRoles(caller, Set.copyOf(callerRoles));
    }
}
