package org.hum.oversight.control;

import org.hum.api.oversight.CheckAnswer;
import org.hum.api.oversight.ChecklistItem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleDrawTest {
    private static final List<String> REGISTER = IntStream.range(0, 200).mapToObj(i -> String.format("id-%03d", i)).toList();

    @Test
    void theSameSeedOverTheSameRegisterDrawsTheSameFilesInTheSameOrderWhateverOrderTheRegisterCameIn() {
        List<String> shuffled = new ArrayList<>(REGISTER);
        Collections.shuffle(shuffled);
        assertEquals(SampleDraw.draw(REGISTER, 12, 42L), SampleDraw.draw(shuffled, 12, 42L));
        assertEquals(12, new HashSet<>(SampleDraw.draw(REGISTER, 12, 42L)).size(), "no file twice");
    }

    @Test
    void aDrawIsFixedByItsSeedAcrossReleases() {
        // SplittableRandom's algorithm is specified: this draw must never change, or old seeds stop reproducing
        assertEquals(List.of("id-096", "id-175", "id-135"), SampleDraw.draw(REGISTER, 3, 7L));
    }

    @Test
    void anotherSeedDrawsOtherFiles() {
        assertNotEquals(SampleDraw.draw(REGISTER, 12, 42L), SampleDraw.draw(REGISTER, 12, 43L));
    }

    @Test
    void aDrawNeverTakesMoreThanTheRegisterHoldsAndAPercentageRoundsUp() {
        assertEquals(200, SampleDraw.draw(REGISTER, 500, 1L).size());
        assertEquals(3, SampleDraw.count(null, 10, 21), "10 % of 21 is 2.1: three files");
        assertEquals(21, SampleDraw.count(null, 100, 21));
        assertEquals(1, SampleDraw.count(null, 1, 5));
        assertEquals(5, SampleDraw.count(9, null, 5));
    }

    @Test
    void answersAreKeptInTheChecklistsOrderAndReadBack() {
        Map<ChecklistItem, CheckAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, CheckAnswer.YES);
        }
        answers.put(ChecklistItem.CONTACTS_REPORTED, CheckAnswer.NO);
        String stored = SampleDraw.encode(answers);
        assertTrue(stored.startsWith("AUTHORISATION_VALID_THROUGHOUT=YES;"), stored);
        assertEquals(answers, SampleDraw.decode(stored));
        answers.remove(ChecklistItem.INSTRUCTIONS_CURRENT);
        assertEquals(List.of(ChecklistItem.INSTRUCTIONS_CURRENT), SampleDraw.missing(answers));
        assertEquals(List.of(ChecklistItem.values()), SampleDraw.missing(null));
    }
}
