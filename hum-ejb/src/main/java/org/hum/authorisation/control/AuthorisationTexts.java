package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldContext;
import org.hum.source.entity.Source;

import java.util.logging.Logger;
import org.hum.source.control.SourceTexts;

/**
 * Encrypts the free text of authorisations with the source file's own data key, each
 * envelope bound to its table, column and row (as {@code SourceProtection} does for the true
 * name), and decrypts it only for a caller the boundary has already checked.
 */
@ApplicationScoped
public class AuthorisationTexts extends SourceTexts {
    private static final Logger LOG = Logger.getLogger(AuthorisationTexts.class.getName());

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
