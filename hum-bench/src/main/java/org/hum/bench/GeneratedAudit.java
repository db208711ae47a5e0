package org.hum.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.JdbcTrail;

/**
 * The audit entries {@link Populate} writes, each sealed with its own hash as the server's audit
 * trail seals it (the server's chainer links them). One row an insert: the driver's bulk insert
 * lets InnoDB reserve sequence numbers it never uses, which the chainer must then record as gaps.
 */
final class GeneratedAudit {
    /** As the audit trail writes an entry: the time as seconds with microseconds, in the session's zone. */
    static final String INSERT = "INSERT INTO audit_event (occurred_at, actor, actor_roles, action, "
            + "object_type, object_id, label, purpose, outcome, client_address, correlation_id, entry_hash) "
            + "VALUES (FROM_UNIXTIME(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private GeneratedAudit() {
    }

    /** Adds to the batch an entry of {@code actor} (a case officer) on a file, sealed. */
    static void add(PreparedStatement audit, String actor, String action, String objectId, String label, String correlation)
            throws SQLException {
        AuditEntry e = new AuditEntry(0, Instant.now(), actor, "CASE_OFFICER", action, "SOURCE", objectId, label, null,
                "SUCCESS", "127.0.0.1", correlation, null).sealed();
        audit.setBigDecimal(1, JdbcTrail.seconds(e.occurredAt()));
        audit.setString(2, e.actor());
        audit.setString(3, e.actorRoles());
        audit.setString(4, e.action());
        audit.setString(5, e.objectType());
        audit.setString(6, e.objectId());
        audit.setString(7, e.label());
        audit.setString(8, e.purpose());
        audit.setString(9, e.outcome());
        audit.setString(10, e.clientAddress());
        audit.setString(11, e.correlationId());
        audit.setBytes(12, e.entryHash());
        audit.addBatch();
    }
}
