package org.hum.crypto.control;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A data key (DEK): one AES-256 key per source file (docs/architecture.md, "Field-level encryption").
 * It is stored only wrapped by a key-encryption key ({@link KeyVault#wrap}); destroying
 * its wrapped form crypto-shreds the file.
 *
 * <p>The raw key is reachable only inside this package, and {@link #toString()} shows the
 * id and version, never the key.
 */
public final class DataKey {

    /** AES-256. */
    public static final int KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UUID id;
    private final int version;
    private final SecretKey key;

    private DataKey(UUID id, int version, SecretKey key) {
        this.id = id;
        this.version = version;
        this.key = key;
    }

    /** A fresh random key. */
    public static DataKey generate(UUID id, int version) {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        try {
            return of(id, version, raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** A key from its 32 raw bytes (copied; the caller may wipe its array afterwards). */
    public static DataKey of(UUID id, int version, byte[] raw) {
        Objects.requireNonNull(id, "data key id");
        if (version < 0) {
            throw new IllegalArgumentException("data key version must not be negative");
        }
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("a data key must be exactly " + KEY_BYTES + " bytes (AES-256)");
        }
        return new DataKey(id, version, new SecretKeySpec(raw, "AES"));
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    /** The AES key itself: package-private so that only the crypto core touches it. */
    SecretKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "DataKey[id=" + id + ", version=" + version + "]";
    }
}
