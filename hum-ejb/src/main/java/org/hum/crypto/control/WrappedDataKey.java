package org.hum.crypto.control;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A data key encrypted under the key-encryption key {@code kekId}: what the database stores.
 * {@code wrapped} is {@code nonce || ciphertext || tag} (see {@link KeyVault#wrap}).
 * The array is copied in and out, so the record stays immutable.
 */
public record WrappedDataKey(UUID id, int version, String kekId, byte[] wrapped) {

    public WrappedDataKey {
        Objects.requireNonNull(id, "data key id");
        Objects.requireNonNull(kekId, "kek id");
        Objects.requireNonNull(wrapped, "wrapped key bytes");
        wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedDataKey w
                && id.equals(w.id) && version == w.version && kekId.equals(w.kekId)
                && Arrays.equals(wrapped, w.wrapped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, kekId, Arrays.hashCode(wrapped));
    }

    @Override
    public String toString() {
        return "WrappedDataKey[id=" + id + ", version=" + version + ", kekId=" + kekId
                + ", wrapped=" + wrapped.length + " bytes]";
    }
}
