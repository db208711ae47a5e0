package org.hum.api.keys;

import java.time.Instant;
import java.util.List;

/**
 * A destroyed source file: its data keys were erased at {@code destroyedAt}; the key-encryption
 * keys that wrapped anything before it ({@code keyEncryptionKeysRetired}) were removed from the
 * key store once every live data key was re-wrapped under {@code currentKeyEncryptionKey}, so no
 * earlier copy of the key schema opens with it. An empty list (and no current key named): they could not be retired this
 * time (logged; the next destruction retries).
 */
public record Destruction(String sourceId, Instant destroyedAt, int keysDestroyed, List<String> keyEncryptionKeysRetired,
                          String currentKeyEncryptionKey) {
    public Destruction {
        keyEncryptionKeysRetired = List.copyOf(keyEncryptionKeysRetired);
    }
}
