package org.hum.source.control;

import org.hum.api.source.SpecialCategory;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.SourceCategories.CategoryFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The age boundaries of the juvenile rules: the day before a birthday, the day of it, the day after. */
class RecordedCategoriesTest {
    private static final LocalDate BORN = LocalDate.of(2008, 7, 20);
    private static final int JUVENILE_AGE = RuleProfiles.US_FEDERAL.juvenileAge();
    private static final int ADULT_PRESENT_AGE = RuleProfiles.US_FEDERAL.appropriateAdultAge();

    @Test
    void sixteenthBirthday() {
        LocalDate birthday = BORN.plusYears(ADULT_PRESENT_AGE);
        assertEquals(ADULT_PRESENT_AGE - 1, RecordedCategories.ageOn(BORN, birthday.minusDays(1)));
        assertEquals(ADULT_PRESENT_AGE, RecordedCategories.ageOn(BORN, birthday));
        assertEquals(ADULT_PRESENT_AGE, RecordedCategories.ageOn(BORN, birthday.plusDays(1)));
    }

    @Test
    void eighteenthBirthdayEndsJuvenile() {
        LocalDate birthday = BORN.plusYears(JUVENILE_AGE);
        assertTrue(facts(birthday.minusDays(1)).juvenile(), "the day before");
        assertEquals(OptionalInt.of(JUVENILE_AGE - 1), facts(birthday.minusDays(1)).age());
        assertFalse(facts(birthday).juvenile(), "the day of");
        assertEquals(OptionalInt.of(JUVENILE_AGE), facts(birthday).age());
        assertFalse(facts(birthday.plusDays(1)).juvenile(), "the day after");
    }

    @Test
    void leapDayBirthdayCountsFromTheFirstOfMarch() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertEquals(17, RecordedCategories.ageOn(leap, LocalDate.of(2026, 2, 28)));
        assertEquals(18, RecordedCategories.ageOn(leap, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void declaredCategoriesStayAndJuvenileIsNeverTakenFromADeclaration() {
        CategoryFacts adult = RecordedCategories.facts(Set.of(SpecialCategory.HIGH_RISK, SpecialCategory.JUVENILE),
                OptionalInt.of(40), JUVENILE_AGE);
        assertEquals(Set.of(SpecialCategory.HIGH_RISK), adult.categories());
        assertTrue(adult.special());
        CategoryFacts none = RecordedCategories.facts(Set.of(), OptionalInt.of(40), JUVENILE_AGE);
        assertFalse(none.special());
        CategoryFacts unknownAge = RecordedCategories.facts(Set.of(), OptionalInt.empty(), JUVENILE_AGE);
        assertFalse(unknownAge.juvenile());
    }

    private static CategoryFacts facts(LocalDate on) {
        return RecordedCategories.facts(Set.of(SpecialCategory.VULNERABLE), OptionalInt.of(RecordedCategories.ageOn(BORN, on)),
                JUVENILE_AGE);
    }
}
