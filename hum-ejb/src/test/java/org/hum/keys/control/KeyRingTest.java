package org.hum.keys.control;

import org.hum.config.control.HumConfig;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.WrappedDataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two key rings on one key store file, as two server instances on one machine or a shared folder
 * have: what one rotates or retires, the other follows at its next wrap or unwrap.
 */
class KeyRingTest {

    private static KeyRing ring(Path home) {
        KeyRing ring = new KeyRing();
        ring.config = new HumConfig() {
            @Override
            public Path keystore() {
                return home.resolve("keys/kek.p12");
            }

            @Override
            public Optional<String> keystorePassword() {
                return Optional.of("test-password");
            }

            @Override
            public boolean generateDevelopmentKeys() {
                return true;
            }
        };
        ring.open();
        return ring;
    }

    @Test
    void aRotationOnOneInstanceIsFollowedByTheOther(@TempDir Path home) {
        KeyRing one = ring(home);
        KeyRing other = ring(home);
        assertEquals("kek-1", other.currentKekId());

        String next = one.rotate();
        assertEquals("kek-2", next);
        DataKey key = DataKey.generate(UUID.randomUUID(), 1);
        WrappedDataKey wrappedThere = one.wrap(key);
        assertEquals("kek-2", wrappedThere.kekId());
        DataKey opened = other.unwrap(wrappedThere); // before: "unknown key-encryption key kek-2"
        assertEquals(key.id(), opened.id(), "the other opens what was wrapped under the new key");
        assertEquals("kek-2", other.wrap(key).kekId(), "and wraps under it from then on");
    }

    @Test
    void aRetirementOnOneInstanceStopsTheOtherWrappingUnderTheRetiredKey(@TempDir Path home) {
        KeyRing one = ring(home);
        KeyRing other = ring(home);
        one.rotate();
        assertEquals(List.of("kek-1"), one.retireOthersIf(() -> true));
        assertEquals("kek-2", other.wrap(DataKey.generate(UUID.randomUUID(), 1)).kekId());
        assertEquals(List.of("kek-2"), other.kekIds(), "it holds only what the key store holds now");
    }
}
