package org.hum.config.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassificationLevelsTest {
    private final ClassificationLevels levels = new ClassificationLevels(List.of("official", " Sensitive ", "SECRET"));

    @Test
    void rankIsThePositionInTheConfiguredListIgnoringCaseAndSpace() {
        assertEquals(Optional.of(0), levels.rankOf("OFFICIAL"));
        assertEquals(Optional.of(1), levels.rankOf("sensitive"));
        assertEquals(Optional.of(2), levels.rankOf(" secret"));
    }

    @Test
    void unknownLevelHasNoRank() {
        assertEquals(Optional.empty(), levels.rankOf("TOP"));
    }

    @Test
    void namesComeBackNormalised() {
        assertEquals("SENSITIVE", levels.nameOf(1));
        assertEquals("LEVEL-7", levels.nameOf(7));
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClassificationLevels(List.of()));
    }
}
