package org.hum.tasking.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskingReferencesTest {
    @Test
    void aReferenceNamesItsKindAndYearAndSixCharactersThatCannotBeMisreadAsDigits() {
        for (int i = 0; i < 1000; i++) {
            String r = TaskingReferences.draw('T', 2026);
            assertTrue(r.matches("T-2026-[0-9A-HJKMNP-TV-Z]{6}"), r);
        }
        assertTrue(TaskingReferences.draw('R', 2027).startsWith("R-2027-"));
    }

    @Test
    void referencesDrawnOneAfterAnotherFollowNoOrderThatCountsWhatCameBetween() {
        Random seeded = new Random(42);
        Set<String> seen = new HashSet<>();
        String previous = null;
        int increasing = 0;
        for (int i = 0; i < 2000; i++) {
            String r = TaskingReferences.draw('T', 2026, seeded);
            seen.add(r);
            if (previous != null && r.compareTo(previous) > 0) {
                increasing++;
            }
            previous = r;
        }
        assertEquals(2000, seen.size(), "no repeat in 2000 draws");
        assertTrue(increasing > 800 && increasing < 1200, "about half go up, half down: " + increasing);
        assertFalse(TaskingReferences.ALPHABET.contains("I") || TaskingReferences.ALPHABET.contains("O"));
    }
}
