package org.hum.source.control;

import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileRekeyingTest {
    private final UUID keyId = UUID.randomUUID();
    private final DataKey v1 = DataKey.generate(keyId, 1);
    private final DataKey v2 = DataKey.generate(keyId, 2);
    private final FieldCipher cipher = new FieldCipher();
    private final Map<Integer, DataKey> live = new HashMap<>(Map.of(1, v1, 2, v2));
    private final Source file = new Source("s-1", "S-0001", "HERON", "COPPER", 2, keyId.toString(), 1, Instant.EPOCH, "u-1");

    private FileRekeying rekeying() {
        FileRekeying r = new FileRekeying();
        r.cipher = cipher;
        r.dataKeys = new DataKeys() {
            @Override
            public DataKey load(String id, int version) {
                DataKey k = live.get(version);
                if (k == null || !id.equals(keyId.toString())) {
                    throw new CryptoIntegrityException();
                }
                return k;
            }
        };
        r.sources = new SourceStore() {
            @Override
            public Optional<Source> unrestricted(String id) {
                return "s-1".equals(id) ? Optional.of(file) : Optional.empty();
            }
        };
        return r;
    }

    private byte[] sealed(DataKey key, String column, String text) {
        return cipher.encryptString(key, new FieldContext("tasking", column, "t-1"), text);
    }

    @Test
    void aTextMovesByteForByteToTheNextVersionBoundToTheSamePlaceAndIsCounted() {
        DataKeyRotated rotated = new DataKeyRotated("s-1", v2);
        byte[][] moved = new byte[3][];
        byte[] limits = sealed(v1, "limits", "  Only the depot, never the quay  ");
        byte[] already = sealed(v2, "risk", "Low");
        rekeying().run(rotated, f -> {
            assertTrue(f.due(1));
            assertFalse(f.due(2));
            moved[0] = f.move("tasking", "limits", "t-1", limits);
            moved[1] = f.move("tasking", "risk", "t-1", already);
            moved[2] = f.move("tasking", "cancel_reason", "t-1", null);
        });
        assertEquals(2, FieldCipher.header(moved[0]).dekVersion());
        assertEquals("  Only the depot, never the quay  ",
                cipher.decryptString(v2, new FieldContext("tasking", "limits", "t-1"), moved[0]), "kept exactly, spaces and all");
        assertSame(already, moved[1], "an envelope already under the next version stays as it is");
        assertNull(moved[2]);
        assertEquals(1, rotated.envelopes(), "only what moved is counted");
    }

    @Test
    void aTextThatDoesNotOpenFailsTheRotationNamingTheRecordAndNotItsContent() {
        byte[] tampered = sealed(v1, "limits", "Only the depot");
        tampered[tampered.length - 1] ^= 1;
        TextDoesNotOpen e = assertThrows(TextDoesNotOpen.class, () -> rekeying().run(new DataKeyRotated("s-1", v2),
                f -> f.move("tasking", "limits", "t-1", tampered)));
        assertEquals("the text in tasking.limits of row t-1 does not open", e.getMessage());
        assertFalse(e.getMessage().contains("depot"));
    }

    @Test
    void aTextUnderADestroyedVersionFailsTheRotationToo() {
        byte[] old = sealed(v1, "limits", "Only the depot");
        live.remove(1);
        assertThrows(TextDoesNotOpen.class, () -> rekeying().run(new DataKeyRotated("s-1", v2),
                f -> f.move("tasking", "limits", "t-1", old)));
    }

    @Test
    void aTextMovedToAnotherPlaceDoesNotOpenThere() {
        byte[] elsewhere = sealed(v1, "risk", "Low");
        assertThrows(TextDoesNotOpen.class, () -> rekeying().run(new DataKeyRotated("s-1", v2),
                f -> f.move("tasking", "limits", "t-1", elsewhere)));
    }

    @Test
    void aFileThatNoLongerExistsHasNothingToMove() {
        DataKeyRotated rotated = new DataKeyRotated("gone", v2);
        rekeying().run(rotated, f -> {
            throw new AssertionError("no work for a missing file");
        });
        assertEquals(0, rotated.envelopes());
    }
}
