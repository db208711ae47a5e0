package org.hum.api.audit;

import java.time.Instant;

/** One audit entry as a compliance reviewer sees it. Holds ids and code names, never an identity. */
public record AuditEntryView(long seq, Instant occurredAt, String actor, String actorRoles, String action,
                             String objectType, String objectId, String label, String purpose, String outcome,
                             String clientAddress, String correlationId) {
}
