package org.hum.audit.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical forms that the audit trail hashes and signs. They are fixed byte layouts,
 * not JSON or text, so that no formatting choice can make two different entries hash alike:
 * every text field is written as a 4-byte length and its UTF-8 bytes (length -1 for null),
 * times as microseconds since the epoch (the column's precision), numbers big-endian.
 * Changing any layout here breaks every stored hash: add a new version tag instead.
 */
public final class AuditHashes {
    /** The chain's starting point: the "previous chain hash" of sequence number 1. */
    public static final byte[] GENESIS = new byte[32];
    /** Stands in for the entry hash of a recorded gap. */
    public static final byte[] GAP_MARKER = sha256("hum-audit-gap-v1".getBytes(StandardCharsets.US_ASCII));
    private static final String ENTRY_TAG = "hum-audit-entry-v1";
    private static final String CHECKPOINT_TAG = "hum-audit-checkpoint-v1";
    private static final HexFormat HEX = HexFormat.of();

    private AuditHashes() {
    }

    /** The entry's own fields (not its sequence number, not its stored hash) in canonical form. */
    public static byte[] canonical(AuditEntry e) {
        Canonical c = new Canonical(ENTRY_TAG);
        c.micros(e.occurredAt());
        c.text(e.actor());
        c.text(e.actorRoles());
        c.text(e.action());
        c.text(e.objectType());
        c.text(e.objectId());
        c.text(e.label());
        c.text(e.purpose());
        c.text(e.outcome());
        c.text(e.clientAddress());
        c.text(e.correlationId());
        return c.bytes();
    }

    public static byte[] entryHash(AuditEntry e) {
        return sha256(canonical(e));
    }

    /** {@code SHA-256(prevChainHash || entryHash || seq)}, seq as 8 bytes big-endian. */
    public static byte[] chainHash(byte[] prevChainHash, byte[] entryHash, long seq) {
        if (prevChainHash.length != 32 || entryHash.length != 32) {
            throw new IllegalArgumentException("chain and entry hashes are 32 bytes");
        }
        return sha256(ByteBuffer.allocate(72).put(prevChainHash).put(entryHash).putLong(seq).array());
    }

    /** What a checkpoint's Ed25519 signature covers: everything in it but its row id and the signature. */
    public static byte[] checkpointPayload(long lastSeq, long entryCount, byte[] chainHash, Instant signedAt, String keyId) {
        Canonical c = new Canonical(CHECKPOINT_TAG);
        c.number(lastSeq);
        c.number(entryCount);
        c.raw(chainHash);
        c.micros(signedAt);
        c.text(keyId);
        return c.bytes();
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return hex == null ? null : HEX.parseHex(hex);
    }

    /** Microseconds since the epoch: what a TIMESTAMP(6) column keeps. */
    public static long micros(Instant t) {
        Instant m = t.truncatedTo(ChronoUnit.MICROS);
        return Math.addExact(Math.multiplyExact(m.getEpochSecond(), 1_000_000L), m.getNano() / 1_000);
    }

    public static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static final class Canonical {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        Canonical(String tag) {
            text(tag);
        }

        void text(String s) {
            if (s == null) {
                number32(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number32(b.length);
            out.writeBytes(b);
        }

        void raw(byte[] b) {
            number32(b.length);
            out.writeBytes(b);
        }

        void micros(Instant t) {
            number(AuditHashes.micros(t));
        }

        void number(long n) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(n).array());
        }

        private void number32(int n) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(n).array());
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
