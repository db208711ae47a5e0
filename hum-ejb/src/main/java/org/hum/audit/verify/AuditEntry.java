package org.hum.audit.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audit entry as stored in {@code audit_event}. {@code entryHash} is the hash the row
 * carries; {@link AuditHashes#entryHash} recomputes it from the other fields. The sequence
 * number is not part of that hash (it is assigned by the database at insert): the chain
 * binds each entry hash to its sequence number.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorRoles, String action,
                         String objectType, String objectId, String label, String purpose, String outcome,
                         String clientAddress, String correlationId, byte[] entryHash) {
    public AuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        entryHash = entryHash == null ? null : entryHash.clone();
    }

    @Override
    public byte[] entryHash() {
        return entryHash == null ? null : entryHash.clone();
    }

    /** The same entry with its own hash recomputed: what an honest writer stores. */
    public AuditEntry sealed() {
        return withSeq(seq, AuditHashes.entryHash(this));
    }

    public AuditEntry withSeq(long newSeq, byte[] hash) {
        return new AuditEntry(newSeq, occurredAt, actor, actorRoles, action, objectType, objectId, label, purpose,
                outcome, clientAddress, correlationId, hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEntry e && e.seq == seq && java.util.Arrays.equals(AuditHashes.canonical(e),
                AuditHashes.canonical(this)) && java.util.Arrays.equals(e.entryHash, entryHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq);
    }

    @Override
    public String toString() {
        return "AuditEntry[seq=" + seq + ", action=" + action + ", outcome=" + outcome + "]";
    }
}
