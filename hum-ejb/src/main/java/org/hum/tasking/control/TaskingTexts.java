package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldContext;
import org.hum.source.control.SourceTexts;

/**
 * Encrypts a tasking's limits, risk assessment and cancellation reason under the source file's
 * own data key, bound to table, column and row (the pattern of {@code standing.control.Reasons});
 * decrypts them only for a caller the boundary has checked. A text that no longer opens reads
 * as a notice, never as an error that hides the source's other taskings.
 */
@ApplicationScoped
public class TaskingTexts extends SourceTexts {
    /** Opened under the row's version, sealed under {@code next}, bound to the same place; null stays null. */
    public byte[] move(DataKey from, DataKey next, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        FieldContext place = new FieldContext(entity, column, rowId);
        return cipher.encryptString(next, place, cipher.decryptString(from, place, envelope));
    }
}
