package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldContext;
import org.hum.source.control.SourceTexts;

/**
 * Encrypts the texts of contact reports, drafts and the risk assessment under the source
 * file's own data key, bound to table, column and row; decrypts them only for a caller the
 * boundary has checked (model: {@code org.hum.standing.control.Reasons}). A text that no longer
 * opens reads as a notice, never as an error that hides the rest of the file.
 */
@ApplicationScoped
public class ContactCipher extends SourceTexts {
    public byte[] seal(DataKey key, String entity, String column, String rowId, String text) {
        return text == null || text.isBlank() ? null : cipher.encryptString(key, new FieldContext(entity, column, rowId), text.strip());
    }

    /** As {@link #seal}, keeping the text exactly (a draft's JSON). */
    public byte[] sealExact(DataKey key, String entity, String column, String rowId, String text) {
        return cipher.encryptString(key, new FieldContext(entity, column, rowId), text);
    }

}
