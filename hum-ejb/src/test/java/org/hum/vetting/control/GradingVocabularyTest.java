package org.hum.vetting.control;

import org.hum.api.error.HumException;
import org.hum.api.vetting.GradeCode;
import org.hum.rules.control.RuleProfile.GradingScheme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradingVocabularyTest {
    static List<String> codes(List<GradeCode> g) {
        return g.stream().map(GradeCode::code).toList();
    }

    @Test
    void natoAdmiraltyScales() {
        assertEquals(List.of("A", "B", "C", "D", "E", "F"), codes(GradingVocabulary.sourceReliability(GradingScheme.NATO_ADMIRALTY)));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), codes(GradingVocabulary.informationCredibility(GradingScheme.NATO_ADMIRALTY)));
        assertTrue(GradingVocabulary.handlingCodes(GradingScheme.NATO_ADMIRALTY).isEmpty());
        assertEquals("Reliability cannot be judged", GradingVocabulary.sourceMeaning(GradingScheme.NATO_ADMIRALTY, "F").orElseThrow());
    }

    @Test
    void uk3x5x2Scales() {
        assertEquals(List.of("1", "2", "3"), codes(GradingVocabulary.sourceReliability(GradingScheme.UK_3X5X2)));
        assertEquals(List.of("A", "B", "C", "D", "E"), codes(GradingVocabulary.informationCredibility(GradingScheme.UK_3X5X2)));
        assertEquals(List.of("P", "C"), codes(GradingVocabulary.handlingCodes(GradingScheme.UK_3X5X2)));
        assertEquals("Untested", GradingVocabulary.sourceMeaning(GradingScheme.UK_3X5X2, "2").orElseThrow());
    }

    @Test
    void sourceReliabilityIsCheckedAgainstTheScheme() {
        assertEquals("B", GradingVocabulary.requireSourceReliability(GradingScheme.NATO_ADMIRALTY, " b ", "grade"));
        assertEquals("3", GradingVocabulary.requireSourceReliability(GradingScheme.UK_3X5X2, "3", "grade"));
        HumException g = assertThrows(HumException.class,
                () -> GradingVocabulary.requireSourceReliability(GradingScheme.NATO_ADMIRALTY, "G", "grade"));
        assertEquals("grade", g.fieldErrors().get(0).field());
        assertTrue(g.getMessage().contains("A (Completely reliable)"), g.getMessage());
        assertThrows(HumException.class, () -> GradingVocabulary.requireSourceReliability(GradingScheme.NATO_ADMIRALTY, "1", "grade"),
                "a UK code is not a NATO code");
        assertThrows(HumException.class, () -> GradingVocabulary.requireSourceReliability(GradingScheme.UK_3X5X2, "A", "grade"),
                "a NATO code is not a UK code");
        assertThrows(HumException.class, () -> GradingVocabulary.requireSourceReliability(GradingScheme.UK_3X5X2, "4", "grade"));
        assertThrows(HumException.class, () -> GradingVocabulary.requireSourceReliability(GradingScheme.UK_3X5X2, null, "grade"));
    }

    @Test
    void informationGradesNeedHandlingOnlyInTheUkScheme() {
        var nato = GradingVocabulary.requireInformation(GradingScheme.NATO_ADMIRALTY, "2", null, "credibility", "handling");
        assertEquals("2", nato.credibility());
        assertNull(nato.handling());
        HumException extra = assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.NATO_ADMIRALTY, "2", "P", "credibility", "handling"));
        assertEquals("handling", extra.fieldErrors().get(0).field());
        assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.NATO_ADMIRALTY, "7", null, "credibility", "handling"));
        assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.NATO_ADMIRALTY, "A", null, "credibility", "handling"));

        var uk = GradingVocabulary.requireInformation(GradingScheme.UK_3X5X2, "b", "c", "credibility", "handling");
        assertEquals("B", uk.credibility());
        assertEquals("C", uk.handling());
        HumException missing = assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.UK_3X5X2, "A", null, "credibility", "handling"));
        assertEquals("handling", missing.fieldErrors().get(0).field());
        assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.UK_3X5X2, "A", "X", "credibility", "handling"));
        assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.UK_3X5X2, "F", "P", "credibility", "handling"));
        assertThrows(HumException.class, () -> GradingVocabulary.requireInformation(
                GradingScheme.UK_3X5X2, "1", "P", "credibility", "handling"));
    }

    @Test
    void theViewNamesTheScheme() {
        assertEquals("UK_3X5X2", GradingVocabulary.view(GradingScheme.UK_3X5X2).scheme());
        assertEquals(6, GradingVocabulary.view(GradingScheme.NATO_ADMIRALTY).sourceReliability().size());
    }
}
