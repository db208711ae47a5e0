package org.hum.audit.verify;

import java.util.Arrays;

/**
 * One link of the hash chain ({@code audit_chain}): {@code chainHash = SHA-256(prevChainHash
 * || entryHash || seq)}. A recorded gap (a sequence number that a rolled-back transaction
 * used and never committed) has {@code gap} set and no entry hash; the chain continues over
 * it with {@link AuditHashes#GAP_MARKER} in the entry hash's place.
 */
public record ChainLink(long seq, byte[] prevChainHash, byte[] entryHash, byte[] chainHash, boolean gap) {
    public ChainLink {
        prevChainHash = prevChainHash.clone();
        entryHash = entryHash == null ? null : entryHash.clone();
        chainHash = chainHash.clone();
    }

    public static ChainLink next(long seq, byte[] prevChainHash, byte[] entryHash) {
        return new ChainLink(seq, prevChainHash, entryHash, AuditHashes.chainHash(prevChainHash, entryHash, seq), false);
    }

    public static ChainLink gap(long seq, byte[] prevChainHash) {
        return new ChainLink(seq, prevChainHash, null, AuditHashes.chainHash(prevChainHash, AuditHashes.GAP_MARKER, seq), true);
    }

    @Override
    public byte[] prevChainHash() {
        return prevChainHash.clone();
    }

    @Override
    public byte[] entryHash() {
        return entryHash == null ? null : entryHash.clone();
    }

    @Override
    public byte[] chainHash() {
        return chainHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainLink l && l.seq == seq && l.gap == gap && Arrays.equals(l.prevChainHash, prevChainHash)
                && Arrays.equals(l.entryHash, entryHash) && Arrays.equals(l.chainHash, chainHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq);
    }

    @Override
    public String toString() {
        return "ChainLink[seq=" + seq + (gap ? ", gap" : "") + ", chainHash=" + AuditHashes.hex(chainHash) + "]";
    }
}
