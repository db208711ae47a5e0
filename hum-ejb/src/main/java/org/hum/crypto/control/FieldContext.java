package org.hum.crypto.control;

/**
 * The place a ciphertext belongs: entity type, column and row id, for example
 * {@code ("source", "true_name", "<uuid>")}.
 *
 * <p>docs/architecture.md, "Field-level encryption": the associated data binds each ciphertext to its
 * place, so a ciphertext copied to another row or column fails to decrypt. A blank
 * component would weaken that binding, so it is refused.
 */
public record FieldContext(String entity, String column, String rowId) {

    public FieldContext {
        requireText(entity, "entity");
        requireText(column, "column");
        requireText(rowId, "rowId");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field context " + name + " must not be null or blank");
        }
    }
}
