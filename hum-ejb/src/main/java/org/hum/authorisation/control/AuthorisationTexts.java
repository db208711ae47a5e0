package org.hum.authorisation.control;

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

import java.util.logging.Logger;

/**
 * Encrypts the free text of authorisations with the source file's own data key, each
 * envelope bound to its table, column and row (as {@code SourceProtection} does for the true
 * name), and decrypts it only for a caller the boundary has already checked.
 */
@ApplicationScoped
public class AuthorisationTexts {
    private static final Logger LOG = Logger.getLogger(AuthorisationTexts.class.getName());

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    /** The key the next texts of this source are sealed with: its current version. */
    public DataKey key(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
    }

    /** A given version of the source's key: the one a row was first sealed with. */
    public DataKey key(Source source, int version) {
        return dataKeys.load(source.dekId(), version);
    }

    public byte[] seal(DataKey key, String entity, String column, String rowId, String text) {
        return text == null ? null : cipher.encryptString(key, new FieldContext(entity, column, rowId), text.strip());
    }

    public String open(Source source, int dekVersion, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        try {
            DataKey key = dataKeys.load(source.dekId(), dekVersion);
            return cipher.decryptString(key, new FieldContext(entity, column, rowId), envelope);
        } catch (CryptoIntegrityException e) {
            LOG.severe(() -> "Integrity failure reading " + entity + "." + column + " of row " + rowId);
            throw new HumException(ErrorCode.INTEGRITY_FAILURE, "A protected text of this " + entity.replace('_', ' ')
                    + " failed its integrity check and was not shown. The failure has been logged; report it to your "
                    + "records officer with the source number " + source.sourceNumber() + ".");
        }
    }
}
