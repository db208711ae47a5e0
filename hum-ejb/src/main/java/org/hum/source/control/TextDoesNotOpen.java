package org.hum.source.control;

import jakarta.ejb.ApplicationException;

/**
 * A text kept under a file's data key did not open while the file moved to a new key version
 * (its version was destroyed, or the row was altered). The rotation fails and the file stays
 * readable under its old key. Names the record (table, column, row id), never its content.
 */
@ApplicationException(rollback = true)
public class TextDoesNotOpen extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TextDoesNotOpen(String entity, String column, String rowId) {
        super("the text in " + entity + "." + column + " of row " + rowId + " does not open");
    }
}
