package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;

class FieldCipherPropertiesTest {

    private final FieldCipher cipher = new FieldCipher();

    @Property(tries = 200)
    void anyBytesRoundTripInAnyContext(@ForAll @Size(max = 2048) byte[] plaintext,
            @ForAll @NotBlank String entity, @ForAll @NotBlank String column, @ForAll @NotBlank String rowId,
            @ForAll @IntRange(min = 0) int version) {
        DataKey key = DataKey.generate(UUID.randomUUID(), version);
        FieldContext ctx = new FieldContext(entity, column, rowId);
        byte[] envelope = cipher.encrypt(key, ctx, plaintext);
        assertArrayEquals(plaintext, cipher.decrypt(key, ctx, envelope));
        assertEquals(new EnvelopeHeader(1, key.id(), version), FieldCipher.header(envelope));
    }

    @Property(tries = 200)
    void anyOtherRowIdFails(@ForAll @Size(max = 256) byte[] plaintext,
            @ForAll @NotBlank String rowId, @ForAll @NotBlank String otherRowId) {
        Assume.that(!rowId.equals(otherRowId));
        DataKey key = DataKey.generate(UUID.randomUUID(), 1);
        byte[] envelope = cipher.encrypt(key, new FieldContext("source", "true_name", rowId), plaintext);
        FieldContext moved = new FieldContext("source", "true_name", otherRowId);
        assertThrows(CryptoIntegrityException.class, () -> cipher.decrypt(key, moved, envelope));
    }
}
