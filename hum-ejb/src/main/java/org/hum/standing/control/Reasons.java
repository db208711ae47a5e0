package org.hum.standing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;

import java.util.logging.Logger;

/**
 * Encrypts the free-text reasons of a source's standing under the file's own data key, bound
 * to table, column and row; decrypts them only for a caller the boundary has checked.
 * A reason that no longer opens (its key version was destroyed after a rotation, or the row
 * was tampered with) reads as a notice, never as an error that hides the rest of the file.
 */
@ApplicationScoped
public class Reasons {
    private static final Logger LOG = Logger.getLogger(Reasons.class.getName());
    public static final String UNREADABLE = "(this reason can no longer be read: its key was rotated or destroyed)";

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    /** The key new reasons of this file are written with. */
    public DataKey key(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
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
            LOG.warning(() -> "A standing reason of source file " + source.id() + " (" + entity + " " + rowId
                    + ") could not be opened");
            return UNREADABLE;
        }
    }
}
