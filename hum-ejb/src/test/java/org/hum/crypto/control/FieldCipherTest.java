package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FieldCipherTest {

    private static final String SECRET = "Amira Haddad, born 1984-03-12";

    private final FieldCipher cipher = new FieldCipher();
    private final DataKey key = DataKey.generate(UUID.randomUUID(), 1);
    private final FieldContext ctx = new FieldContext("source", "true_name", UUID.randomUUID().toString());

    private static void assertUniformFailure(Executable call) {
        CryptoIntegrityException e = assertThrows(CryptoIntegrityException.class, call);
        assertEquals("protected field failed its integrity check", e.getMessage());
    }

    @Test
    void stringRoundTripsThroughTheEnvelope() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        assertEquals(SECRET, cipher.decryptString(key, ctx, envelope));
    }

    @Test
    void everyEnvelopeBeginsWithTheHeaderBytesOfItsKeyVersionAndNoOther() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        assertArrayEquals(FieldCipher.headerBytes(key.id(), 1), Arrays.copyOf(envelope, FieldCipher.HEADER_BYTES));
        assertFalse(Arrays.equals(FieldCipher.headerBytes(key.id(), 2), Arrays.copyOf(envelope, FieldCipher.HEADER_BYTES)));
        assertFalse(Arrays.equals(FieldCipher.headerBytes(UUID.randomUUID(), 1), Arrays.copyOf(envelope, FieldCipher.HEADER_BYTES)));
    }

    @Test
    void emptyStringRoundTrips() {
        byte[] envelope = cipher.encryptString(key, ctx, "");
        assertEquals(FieldCipher.MIN_ENVELOPE_BYTES, envelope.length);
        assertEquals("", cipher.decryptString(key, ctx, envelope));
    }

    @Test
    void multiKilobyteUnicodeRoundTrips() {
        String text = "Ωμέγα ✓ 東京 🗝️ مرحبا ".repeat(400);
        assertEquals(text, cipher.decryptString(key, ctx, cipher.encryptString(key, ctx, text)));
    }

    @Test
    void nullStringStaysNullBothWays() {
        assertNull(cipher.encryptString(key, ctx, null));
        assertNull(cipher.decryptString(key, ctx, null));
    }

    @Test
    void headerBytesFollowTheV1Layout() {
        UUID id = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");
        DataKey k = DataKey.generate(id, 0x0A0B0C0D);
        byte[] plaintext = "abc".getBytes(StandardCharsets.UTF_8);
        byte[] envelope = cipher.encrypt(k, ctx, plaintext);

        assertEquals(1 + 16 + 4 + 12 + plaintext.length + 16, envelope.length);
        assertEquals(0x01, envelope[0]);
        byte[] expectedId = {0x01, 0x23, 0x45, 0x67, (byte) 0x89, (byte) 0xab, (byte) 0xcd, (byte) 0xef,
            0x01, 0x23, 0x45, 0x67, (byte) 0x89, (byte) 0xab, (byte) 0xcd, (byte) 0xef};
        assertArrayEquals(expectedId, Arrays.copyOfRange(envelope, 1, 17));
        assertArrayEquals(new byte[] {0x0A, 0x0B, 0x0C, 0x0D}, Arrays.copyOfRange(envelope, 17, 21));
        assertEquals(new EnvelopeHeader(1, id, 0x0A0B0C0D), FieldCipher.header(envelope));
    }

    @Test
    void twoEncryptionsOfTheSamePlaintextDiffer() {
        byte[] a = cipher.encryptString(key, ctx, SECRET);
        byte[] b = cipher.encryptString(key, ctx, SECRET);
        assertFalse(Arrays.equals(a, b));
        assertFalse(Arrays.equals(Arrays.copyOfRange(a, 21, 33), Arrays.copyOfRange(b, 21, 33)),
                "nonces must differ");
    }

    @Test
    void ciphertextMovedToAnotherRowFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        FieldContext otherRow = new FieldContext(ctx.entity(), ctx.column(), UUID.randomUUID().toString());
        assertUniformFailure(() -> cipher.decrypt(key, otherRow, envelope));
    }

    @Test
    void ciphertextMovedToAnotherColumnFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        FieldContext otherColumn = new FieldContext(ctx.entity(), "phone", ctx.rowId());
        assertUniformFailure(() -> cipher.decrypt(key, otherColumn, envelope));
    }

    @Test
    void ciphertextMovedToAnotherEntityFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        FieldContext otherEntity = new FieldContext("contact", ctx.column(), ctx.rowId());
        assertUniformFailure(() -> cipher.decrypt(key, otherEntity, envelope));
    }

    @Test
    void contextFieldsCannotBeShiftedAcrossTheirBoundaries() {
        FieldContext a = new FieldContext("source", "true_name", "x");
        FieldContext shifted = new FieldContext("sourcetrue", "_name", "x");
        byte[] envelope = cipher.encryptString(key, a, SECRET);
        assertUniformFailure(() -> cipher.decrypt(key, shifted, envelope));
    }

    @Test
    void decryptingWithAnotherKeyIdFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        DataKey other = DataKey.generate(UUID.randomUUID(), key.version());
        assertUniformFailure(() -> cipher.decrypt(other, ctx, envelope));
    }

    @Test
    void decryptingWithAnotherKeyVersionFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        DataKey nextVersion = DataKey.generate(key.id(), key.version() + 1);
        assertUniformFailure(() -> cipher.decrypt(nextVersion, ctx, envelope));
    }

    @Test
    void decryptingWithOtherKeyBytesUnderTheSameIdAndVersionFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        DataKey impostor = DataKey.generate(key.id(), key.version());
        assertUniformFailure(() -> cipher.decrypt(impostor, ctx, envelope));
    }

    @Test
    void headerRewrittenToAnotherKeyFailsEvenWithThatKey() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        DataKey other = DataKey.generate(UUID.randomUUID(), 7);
        ByteBuffer.wrap(envelope, 1, 20)
                .putLong(other.id().getMostSignificantBits())
                .putLong(other.id().getLeastSignificantBits())
                .putInt(other.version());
        assertUniformFailure(() -> cipher.decrypt(other, ctx, envelope));
    }

    @Test
    void everySingleBitFlipFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        for (int bit = 0; bit < envelope.length * 8; bit++) {
            byte[] tampered = envelope.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertUniformFailure(() -> cipher.decrypt(key, ctx, tampered));
        }
    }

    @Test
    void everyTruncationFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        for (int length = 0; length < envelope.length; length++) {
            byte[] truncated = Arrays.copyOf(envelope, length);
            assertUniformFailure(() -> cipher.decrypt(key, ctx, truncated));
        }
    }

    @Test
    void appendedBytesFail() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        byte[] longer = Arrays.copyOf(envelope, envelope.length + 1);
        assertUniformFailure(() -> cipher.decrypt(key, ctx, longer));
    }

    @Test
    void unknownFormatVersionsFail() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        for (int version = 0; version < 256; version++) {
            if (version == FieldCipher.FORMAT_VERSION) {
                continue;
            }
            byte[] other = envelope.clone();
            other[0] = (byte) version;
            assertUniformFailure(() -> cipher.decrypt(key, ctx, other));
            assertUniformFailure(() -> FieldCipher.header(other));
        }
    }

    @Test
    void emptyAndNullEnvelopesFail() {
        assertUniformFailure(() -> cipher.decrypt(key, ctx, new byte[0]));
        assertUniformFailure(() -> cipher.decrypt(key, ctx, null));
        assertUniformFailure(() -> FieldCipher.header(null));
        assertUniformFailure(() -> FieldCipher.header(new byte[0]));
    }

    @Test
    void envelopeWithZeroedNonceFails() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        Arrays.fill(envelope, FieldCipher.HEADER_BYTES, FieldCipher.PREFIX_BYTES, (byte) 0);
        assertUniformFailure(() -> cipher.decrypt(key, ctx, envelope));
    }

    @Test
    void failureMessageNeverContainsThePlaintext() {
        byte[] envelope = cipher.encryptString(key, ctx, SECRET);
        envelope[envelope.length - 1] ^= 1;
        CryptoIntegrityException e = assertThrows(CryptoIntegrityException.class,
                () -> cipher.decrypt(key, ctx, envelope));
        assertFalse(String.valueOf(e).contains("Amira"));
        assertNull(e.getCause());
    }
}
