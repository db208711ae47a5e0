package org.hum.tasking.control;

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
 * Encrypts a tasking's limits, risk assessment and cancellation reason under the source file's
 * own data key, bound to table, column and row (the pattern of {@code standing.control.Reasons});
 * decrypts them only for a caller the boundary has checked. A text that no longer opens reads
 * as a notice, never as an error that hides the source's other taskings.
 */
@ApplicationScoped
public class TaskingTexts {
    private static final Logger LOG = Logger.getLogger(TaskingTexts.class.getName());
    public static final String UNREADABLE = "(this text can no longer be read: it failed its integrity check)";

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    public DataKey key(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
    }

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
            return cipher.decryptString(dataKeys.load(source.dekId(), dekVersion), new FieldContext(entity, column, rowId),
                    envelope);
        } catch (CryptoIntegrityException e) {
            LOG.warning(() -> "A protected text of " + entity + " " + rowId + " (" + column + ") could not be opened");
            return UNREADABLE;
        }
    }

    /** Opened under the row's version, sealed under {@code next}, bound to the same place; null stays null. */
    public byte[] move(DataKey from, DataKey next, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        FieldContext place = new FieldContext(entity, column, rowId);
        return cipher.encryptString(next, place, cipher.decryptString(from, place, envelope));
    }
}
