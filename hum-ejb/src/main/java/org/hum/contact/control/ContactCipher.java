package org.hum.contact.control;

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
 * Encrypts the texts of contact reports, drafts and the risk assessment under the source
 * file's own data key, bound to table, column and row; decrypts them only for a caller the
 * boundary has checked (model: {@code org.hum.standing.control.Reasons}). A text that no longer
 * opens reads as a notice, never as an error that hides the rest of the file.
 */
@ApplicationScoped
public class ContactCipher {
    private static final Logger LOG = Logger.getLogger(ContactCipher.class.getName());
    public static final String UNREADABLE = "(this text can no longer be read: its key was rotated or destroyed)";

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    /** The key new texts of this file are written with. */
    public DataKey key(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
    }

    public byte[] seal(DataKey key, String entity, String column, String rowId, String text) {
        return text == null || text.isBlank() ? null : cipher.encryptString(key, new FieldContext(entity, column, rowId), text.strip());
    }

    /** As {@link #seal}, keeping the text exactly (a draft's JSON). */
    public byte[] sealExact(DataKey key, String entity, String column, String rowId, String text) {
        return cipher.encryptString(key, new FieldContext(entity, column, rowId), text);
    }

    public String open(Source source, int dekVersion, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        try {
            DataKey key = dataKeys.load(source.dekId(), dekVersion);
            return cipher.decryptString(key, new FieldContext(entity, column, rowId), envelope);
        } catch (CryptoIntegrityException e) {
            LOG.warning(() -> "A contact text of source file " + source.id() + " (" + entity + " " + rowId
                    + ") could not be opened");
            return UNREADABLE;
        }
    }

    /** Whether a text could not be opened (then it is left as it is on re-encryption). */
    public static boolean unreadable(String text) {
        return UNREADABLE.equals(text);
    }
}
