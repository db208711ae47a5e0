package org.hum.source.control;

import jakarta.inject.Inject;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;

import java.util.logging.Logger;

/**
 * The free text a feature keeps about a source file (reasons, authorisation texts, tasking
 * limits, contact narratives, payment purposes, receipts), encrypted under the file's own data
 * key and bound to table, column and row, as the true name is. Each feature has its own
 * {@code @ApplicationScoped} subclass; the boundaries decrypt only for a caller they have
 * checked. A text that no longer opens (its key version was destroyed after a rotation, or the
 * row was tampered with) reads as {@link #UNREADABLE}, logged by ids only, so that it never hides
 * the rest of the file; a subclass may refuse instead.
 */
public abstract class SourceTexts {
    public static final String UNREADABLE = "(this text can no longer be read: its key was rotated or destroyed)";

    @Inject
    protected FieldCipher cipher;

    @Inject
    protected DataKeys dataKeys;

    /** The key new texts of this file are written with: its current version. */
    public DataKey key(Source source) {
        return dataKeys.load(source.dekId(), source.dekVersion());
    }

    /** A given version of the file's key: the one a row was sealed with. */
    public DataKey key(Source source, int version) {
        return dataKeys.load(source.dekId(), version);
    }

    /** The text, stripped, sealed to its place; null stays null. */
    public byte[] seal(DataKey key, String entity, String column, String rowId, String text) {
        return text == null ? null : cipher.encryptString(key, new FieldContext(entity, column, rowId), text.strip());
    }

    public byte[] sealBytes(DataKey key, String entity, String column, String rowId, byte[] content) {
        return cipher.encrypt(key, new FieldContext(entity, column, rowId), content);
    }

    /** The text sealed under the row's key version; null stays null; one that does not open is {@link #UNREADABLE}. */
    public String open(Source source, int dekVersion, String entity, String column, String rowId, byte[] envelope) {
        if (envelope == null) {
            return null;
        }
        try {
            return cipher.decryptString(key(source, dekVersion), new FieldContext(entity, column, rowId), envelope);
        } catch (CryptoIntegrityException e) {
            Logger.getLogger(getClass().getName()).warning(() -> "A protected text of source file " + source.id() + " ("
                    + entity + "." + column + " of row " + rowId + ") could not be opened");
            return UNREADABLE;
        }
    }

    /** Whether a text could not be opened (a rotation of the file's key then fails: {@link FileRekeying}). */
    public static boolean unreadable(String text) {
        return UNREADABLE.equals(text);
    }
}
