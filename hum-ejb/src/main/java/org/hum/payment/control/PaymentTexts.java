package org.hum.payment.control;

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
 * Encrypts a payment's texts (purpose, sub-source items, reasons) and its receipt under the
 * source file's data key, bound to table, column and row; opens them only for a caller the
 * boundary has checked. A text that no longer opens reads as a notice; a receipt that no longer
 * opens is an integrity failure (409), never served altered.
 */
@ApplicationScoped
public class PaymentTexts {
    private static final Logger LOG = Logger.getLogger(PaymentTexts.class.getName());
    public static final String UNREADABLE = "(this text can no longer be read: its key was rotated or destroyed)";

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    /** The key new texts of this file are written with. */
    public DataKey key(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
    }

    public DataKey key(Source source, int version) {
        return dataKeys.load(source.dekId(), version);
    }

    public byte[] seal(DataKey key, String entity, String column, String rowId, String text) {
        return text == null ? null : cipher.encryptString(key, new FieldContext(entity, column, rowId), text.strip());
    }

    public byte[] sealBytes(DataKey key, String entity, String column, String rowId, byte[] content) {
        return cipher.encrypt(key, new FieldContext(entity, column, rowId), content);
    }

    public String open(Source source, int dekVersion, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        try {
            return cipher.decryptString(key(source, dekVersion), new FieldContext(entity, column, rowId), envelope);
        } catch (CryptoIntegrityException e) {
            LOG.warning(() -> "A payment text of source file " + source.id() + " (" + entity + " " + rowId
                    + ") could not be opened");
            return UNREADABLE;
        }
    }

    /** The receipt's bytes; throws the integrity failure if they do not open. */
    public byte[] openBytes(Source source, int dekVersion, String entity, String column, String rowId, byte[] envelope) {
        try {
            return cipher.decrypt(key(source, dekVersion), new FieldContext(entity, column, rowId), envelope);
        } catch (CryptoIntegrityException e) {
            throw new org.hum.api.error.HumException(org.hum.api.error.ErrorCode.INTEGRITY_FAILURE,
                    "This payment's receipt failed its integrity check: it is not served.");
        }
    }

    /** Re-encrypts one text envelope under the next key; null stays null, an unreadable one stays as it is. */
    public byte[] reencrypt(Source source, int from, DataKey next, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null || from == next.version()) {
            return envelope;
        }
        FieldContext ctx = new FieldContext(entity, column, rowId);
        byte[] plain = cipher.decrypt(key(source, from), ctx, envelope);
        return cipher.encrypt(next, ctx, plain);
    }
}
