package org.hum.source.control;

import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.source.entity.SourceParticulars;
import org.hum.source.entity.SourcePromise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seals and opens the particulars' encrypted columns and promise descriptions exactly like
 * {@code source.true_name}: a FieldCipher envelope under the file's data key, bound to the
 * table, the column and the row (the source id; the promise id for a promise). No state
 * beyond the cipher, so that unit tests exercise the very binding the server uses.
 */
public final class ParticularsCipher {
    private final FieldCipher cipher;

    public ParticularsCipher(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public static FieldContext field(String sourceId, String column) {
        return new FieldContext(SourceParticulars.ENTITY, column, sourceId);
    }

    public static FieldContext promiseField(String promiseId) {
        return new FieldContext(SourcePromise.ENTITY, SourcePromise.DESCRIPTION, promiseId);
    }

    /** Encrypts each given column's plaintext into the row; absent columns stay NULL. */
    public void seal(DataKey key, SourceParticulars row, Map<String, byte[]> plaintexts) {
        for (var e : plaintexts.entrySet()) {
            if (!SourceParticulars.ENCRYPTED.contains(e.getKey())) {
                throw new IllegalArgumentException("not an encrypted column: " + e.getKey());
            }
            row.envelope(e.getKey(), e.getValue() == null ? null : cipher.encrypt(key, field(row.sourceId(), e.getKey()), e.getValue()));
        }
    }

    /** Every non-empty encrypted column, decrypted. Throws CryptoIntegrityException on any failure. */
    public Map<String, byte[]> open(DataKey key, SourceParticulars row) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (var e : row.envelopes().entrySet()) {
            out.put(e.getKey(), cipher.decrypt(key, field(row.sourceId(), e.getKey()), e.getValue()));
        }
        return out;
    }

    /** Re-encrypts every encrypted column from the old key version to the new one. */
    public void rekey(DataKey oldKey, DataKey newKey, SourceParticulars row) {
        seal(newKey, row, open(oldKey, row));
    }

    public void seal(DataKey key, SourcePromise promise, String description) {
        promise.sealed(cipher.encryptString(key, promiseField(promise.id()), description));
    }

    public String open(DataKey key, SourcePromise promise) {
        return cipher.decryptString(key, promiseField(promise.id()), promise.description());
    }

    public void rekey(DataKey oldKey, DataKey newKey, SourcePromise promise) {
        seal(newKey, promise, open(oldKey, promise));
    }
}
