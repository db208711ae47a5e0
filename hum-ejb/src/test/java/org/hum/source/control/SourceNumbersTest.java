package org.hum.source.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceNumbersTest {
    @Test
    void numbersHaveTheDocumentedShapeWithoutAmbiguousCharacters() {
        for (int i = 0; i < 1_000; i++) {
            String n = SourceNumbers.next();
            assertTrue(n.matches("HUM-[2-9A-HJ-NP-Z]{8}"), n);
        }
    }

    @Test
    void numbersAreRandomNotSequential() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(SourceNumbers.next());
        }
        assertEquals(10_000, seen.size(), "40 bits: no collision expected in 10,000");
    }
}
