package org.hum.audit.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A signed statement that the chain, up to and including {@code lastSeq}, ends in
 * {@code chainHash} and holds {@code entryCount} entries (recorded gaps not counted).
 * Signed with Ed25519 over {@link AuditHashes#checkpointPayload}; {@code keyId} names the key.
 */
public record Checkpoint(long id, long lastSeq, long entryCount, byte[] chainHash, Instant signedAt,
                         byte[] signature, String keyId) {
    public Checkpoint {
        chainHash = chainHash.clone();
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
        signature = signature.clone();
    }

    @Override
    public byte[] chainHash() {
        return chainHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.id == id && c.lastSeq == lastSeq && c.entryCount == entryCount
                && Arrays.equals(c.chainHash, chainHash) && c.signedAt.equals(signedAt)
                && Arrays.equals(c.signature, signature) && c.keyId.equals(keyId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Checkpoint[id=" + id + ", lastSeq=" + lastSeq + ", entryCount=" + entryCount + ", keyId=" + keyId + "]";
    }
}
