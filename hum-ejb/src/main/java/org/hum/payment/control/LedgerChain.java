package org.hum.payment.control;

import org.hum.payment.entity.LedgerEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The ledger's hash chain per source: each entry's hash is SHA-256 over the previous entry's
 * hash and a canonical form of its own plain columns (not its encrypted reason, which a key
 * rotation re-encrypts). Verifying walks a source's entries in order.
 */
public final class LedgerChain {
    public static final String GENESIS = "0".repeat(64);

    private LedgerChain() {
    }

    public static String canonical(LedgerEntry e, String prevHash) {
        return String.join("|", "v1", e.id(), e.sourceId(), e.paymentId(), e.entryKind(), nz(e.reversesId()),
                e.amount().setScale(2).toPlainString(), e.currency(), e.kind(), nz(e.caseReference()),
                e.paidOn().toString(), e.recordedBy(), nz(e.witness1Id()), nz(e.witness2Id()), nz(e.receiptId()), prevHash);
    }

    public static String hash(LedgerEntry e, String prevHash) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(e, prevHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Whether the entries (one source's whole ledger, oldest first) link and match their hashes. */
    public static boolean intact(List<LedgerEntry> entries) {
        return intact(entries, GENESIS);
    }

    /**
     * Whether consecutive entries of one source (oldest first) link and match their hashes, the
     * first linking to {@code prev}: the hash of the entry before them, or the genesis.
     */
    public static boolean intact(List<LedgerEntry> entries, String prev) {
        for (LedgerEntry e : entries) {
            if (!prev.equals(e.prevHash()) || !hash(e, prev).equals(e.entryHash())) {
                return false;
            }
            prev = e.entryHash();
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
