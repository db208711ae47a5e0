package org.hum.source.control;

import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.source.entity.SourceParticulars;
import org.hum.source.entity.SourcePromise;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The particulars' columns are bound to their table, column and row, and follow the key through rotation. */
class ParticularsCipherTest {
    private final ParticularsCipher cipher = new ParticularsCipher(new FieldCipher());
    private final UUID keyId = UUID.randomUUID();
    private final DataKey v1 = DataKey.generate(keyId, 1);

    private SourceParticulars row(String sourceId) {
        return new SourceParticulars(sourceId, null, LocalDate.of(2025, 1, 2), true, false, null, "MONEY", "DIRECT", null);
    }

    private static Map<String, byte[]> plain() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String c : SourceParticulars.ENCRYPTED) {
            m.put(c, ("secret " + c).getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void everyEncryptedColumnRoundTripsAndHoldsNoPlaintext() {
        SourceParticulars row = row(UUID.randomUUID().toString());
        cipher.seal(v1, row, plain());
        Map<String, byte[]> open = cipher.open(v1, row);
        assertEquals(SourceParticulars.ENCRYPTED.size(), open.size());
        for (String c : SourceParticulars.ENCRYPTED) {
            assertArrayEquals(plain().get(c), open.get(c), c);
            assertFalse(new String(row.envelope(c), StandardCharsets.ISO_8859_1).contains("secret"), c);
        }
    }

    @Test
    void aCiphertextCopiedToAnotherColumnOrRowFails() {
        String id = UUID.randomUUID().toString();
        SourceParticulars row = row(id);
        cipher.seal(v1, row, plain());
        SourceParticulars swapped = row(id);
        swapped.envelope(SourceParticulars.EMPLOYER, row.envelope(SourceParticulars.OCCUPATION));
        assertThrows(CryptoIntegrityException.class, () -> cipher.open(v1, swapped), "column swap");
        SourceParticulars other = row(UUID.randomUUID().toString());
        other.envelope(SourceParticulars.EMPLOYER, row.envelope(SourceParticulars.EMPLOYER));
        assertThrows(CryptoIntegrityException.class, () -> cipher.open(v1, other), "row swap");
    }

    @Test
    void absentColumnsStayNull() {
        SourceParticulars row = row(UUID.randomUUID().toString());
        cipher.seal(v1, row, Map.of(SourceParticulars.EMPLOYER, "x".getBytes(StandardCharsets.UTF_8)));
        assertNull(row.envelope(SourceParticulars.PHOTO));
        assertEquals(1, cipher.open(v1, row).size());
    }

    @Test
    void rotationReencryptsEveryColumnUnderTheNewVersionAndTheOldKeyNoLongerOpensIt() {
        SourceParticulars row = row(UUID.randomUUID().toString());
        cipher.seal(v1, row, plain());
        DataKey v2 = DataKey.generate(keyId, 2);
        cipher.rekey(v1, v2, row);
        for (String c : SourceParticulars.ENCRYPTED) {
            assertEquals(2, FieldCipher.header(row.envelope(c)).dekVersion(), c);
        }
        assertArrayEquals(plain().get(SourceParticulars.SECURITY_WELFARE), cipher.open(v2, row).get(SourceParticulars.SECURITY_WELFARE));
        assertThrows(CryptoIntegrityException.class, () -> cipher.open(v1, row));
        // a destroyed key (crypto-shredding) is a key nobody has: a different key of the same id opens nothing
        assertThrows(CryptoIntegrityException.class, () -> cipher.open(DataKey.generate(keyId, 2), row));
    }

    @Test
    void promiseDescriptionsAreBoundToTheirPromise() {
        SourcePromise a = new SourcePromise(UUID.randomUUID().toString(), "s", "DEA", LocalDate.now(), "u", Instant.now());
        SourcePromise b = new SourcePromise(UUID.randomUUID().toString(), "s", "DEA", LocalDate.now(), "u", Instant.now());
        cipher.seal(v1, a, "relocation costs");
        assertEquals("relocation costs", cipher.open(v1, a));
        b.sealed(a.description());
        assertThrows(CryptoIntegrityException.class, () -> cipher.open(v1, b));
        DataKey v2 = DataKey.generate(keyId, 2);
        cipher.rekey(v1, v2, a);
        assertEquals("relocation costs", cipher.open(v2, a));
    }
}
