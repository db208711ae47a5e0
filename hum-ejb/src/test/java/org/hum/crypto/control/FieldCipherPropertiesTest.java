package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the envelope over 200 seeded random cases each (the seed is the case number, so a failure replays). */
class FieldCipherPropertiesTest {

    private final FieldCipher cipher = new FieldCipher();

    static Stream<Integer> seeds() {
        return IntStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyBytesRoundTripInAnyContext(int seed) {
        Random r = new Random(seed);
        byte[] plaintext = bytes(r, r.nextInt(2049));
        int version = r.nextInt(Integer.MAX_VALUE);
        DataKey key = DataKey.generate(UUID.randomUUID(), version);
        FieldContext ctx = new FieldContext(text(r), text(r), text(r));
        byte[] envelope = cipher.encrypt(key, ctx, plaintext);
        assertArrayEquals(plaintext, cipher.decrypt(key, ctx, envelope));
        assertEquals(new EnvelopeHeader(1, key.id(), version), FieldCipher.header(envelope));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyOtherRowIdFails(int seed) {
        Random r = new Random(seed);
        byte[] plaintext = bytes(r, r.nextInt(257));
        String rowId = text(r);
        String otherRowId = rowId + text(r).charAt(0);
        DataKey key = DataKey.generate(UUID.randomUUID(), 1);
        byte[] envelope = cipher.encrypt(key, new FieldContext("source", "true_name", rowId), plaintext);
        FieldContext moved = new FieldContext("source", "true_name", otherRowId);
        assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt(key, moved, envelope));
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** Non-blank text of 1 to 40 code points, some outside the BMP. */
    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            int cp = r.nextInt(10) == 0 ? 0x1F600 + r.nextInt(80) : 0x21 + r.nextInt(0x2000 - 0x21);
            if (Character.isLetterOrDigit(cp) || cp > 0xFFFF || cp < 0x7F) {
                b.appendCodePoint(cp);
            } else {
                b.append('x');
            }
        }
        return b.toString();
    }
}
