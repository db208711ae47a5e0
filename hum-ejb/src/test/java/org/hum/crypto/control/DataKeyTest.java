package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataKeyTest {

    @Test
    void generatedKeyIsAes256WithItsIdAndVersion() {
        UUID id = UUID.randomUUID();
        DataKey key = DataKey.generate(id, 3);
        assertEquals(id, key.id());
        assertEquals(3, key.version());
        assertEquals("AES", key.key().getAlgorithm());
        assertEquals(32, key.key().getEncoded().length);
    }

    @Test
    void twoGeneratedKeysDiffer() {
        UUID id = UUID.randomUUID();
        assertFalse(Arrays.equals(DataKey.generate(id, 1).key().getEncoded(),
                DataKey.generate(id, 1).key().getEncoded()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 24, 31, 33, 64})
    void rawKeyOfWrongLengthIsRejected(int length) {
        assertThrows(IllegalArgumentException.class, () -> DataKey.of(UUID.randomUUID(), 1, new byte[length]));
    }

    @Test
    void nullRawKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DataKey.of(UUID.randomUUID(), 1, null));
    }

    @Test
    void rawKeyIsCopiedSoTheCallerMayWipeIt() {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) 7);
        DataKey key = DataKey.of(UUID.randomUUID(), 1, raw);
        Arrays.fill(raw, (byte) 0);
        byte[] expected = new byte[32];
        Arrays.fill(expected, (byte) 7);
        assertArrayEquals(expected, key.key().getEncoded());
    }

    @Test
    void toStringRevealsNoKeyBytes() {
        DataKey key = DataKey.generate(UUID.randomUUID(), 1);
        String text = key.toString();
        String hex = HexFormat.of().formatHex(key.key().getEncoded());
        assertFalse(text.toLowerCase().contains(hex));
        assertFalse(text.contains(Arrays.toString(key.key().getEncoded())));
        assertTrue(text.contains(key.id().toString()));
    }
}
