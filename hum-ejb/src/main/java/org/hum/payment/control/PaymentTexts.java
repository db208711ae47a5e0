package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.FieldContext;
import org.hum.source.control.SourceTexts;
import org.hum.source.entity.Source;

/**
 * Encrypts a payment's texts (purpose, sub-source items, reasons) and its receipt under the
 * source file's data key, bound to table, column and row; opens them only for a caller the
 * boundary has checked. A text that no longer opens reads as a notice; a receipt that no longer
 * opens is an integrity failure (409), never served altered.
 */
@ApplicationScoped
public class PaymentTexts extends SourceTexts {
    /** The receipt's bytes; throws the integrity failure if they do not open. */
    public byte[] openBytes(Source source, int dekVersion, String entity, String column, String rowId, byte[] envelope) {
        try {
            return cipher.decrypt(key(source, dekVersion), new FieldContext(entity, column, rowId), envelope);
        } catch (CryptoIntegrityException e) {
            throw new HumException(ErrorCode.INTEGRITY_FAILURE,
                    "This payment's receipt failed its integrity check: it is not served.");
        }
    }
}
