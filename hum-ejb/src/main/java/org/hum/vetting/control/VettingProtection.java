package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Encrypts the free texts of validations and grades with the source file's own data key, each
 * bound to its table, column and row (as {@code SourceProtection} does for the true name), and
 * decrypts them for a caller the boundary has already checked. Each envelope names the key
 * version it was written under, so a text written before a key rotation still opens while that
 * version lives. A text that fails its check is reported naming the row, never its content.
 */
@ApplicationScoped
public class VettingProtection {
    private static final Logger LOG = Logger.getLogger(VettingProtection.class.getName());

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    /** The data keys of one source, loaded once per use (a page shows several texts). */
    public Keys keys(Source source) {
        return new Keys(source);
    }

    public final class Keys {
        private final Source source;
        private final Map<Integer, DataKey> loaded = new HashMap<>();

        private Keys(Source source) {
            this.source = source;
        }

        /** Null stays null: an optional text left out. */
        public byte[] encrypt(String entity, String column, String rowId, String plaintext) {
            if (plaintext == null) {
                return null;
            }
            return cipher.encryptString(key(source.dekVersion()), new FieldContext(entity, column, rowId), plaintext);
        }

        public String decrypt(String entity, String column, String rowId, byte[] envelope) {
            if (envelope == null) {
                return null;
            }
            try {
                int version = FieldCipher.header(envelope).dekVersion();
                return cipher.decryptString(key(version), new FieldContext(entity, column, rowId), envelope);
            } catch (CryptoIntegrityException | IllegalArgumentException e) {
                LOG.severe(() -> "Integrity failure reading " + entity + "." + column + " of row " + rowId
                        + " (source file " + source.id() + ")");
                throw new HumException(ErrorCode.INTEGRITY_FAILURE, "A protected text of this source file's validation "
                        + "or grading failed its integrity check and was not shown. The failure has been logged; report it "
                        + "to your records officer with the source number " + source.sourceNumber() + ".");
            }
        }

        private DataKey key(int version) {
            return loaded.computeIfAbsent(version, v -> dataKeys.load(source.dekId(), v));
        }
    }
}
