package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldContextTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n "})
    void nullOrBlankComponentIsRejected(String bad) {
        assertThrows(IllegalArgumentException.class, () -> new FieldContext(bad, "c", "r"));
        assertThrows(IllegalArgumentException.class, () -> new FieldContext("e", bad, "r"));
        assertThrows(IllegalArgumentException.class, () -> new FieldContext("e", "c", bad));
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "x"})
    void validComponentsAreKept(String entity) {
        FieldContext ctx = new FieldContext(entity, "true_name", "42");
        assertEquals(entity, ctx.entity());
        assertEquals("true_name", ctx.column());
        assertEquals("42", ctx.rowId());
    }
}
