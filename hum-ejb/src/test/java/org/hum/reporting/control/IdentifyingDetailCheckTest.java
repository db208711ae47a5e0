package org.hum.reporting.control;

import org.hum.api.reporting.FindingKind;
import org.hum.api.reporting.ReportFinding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifyingDetailCheckTest {
    private static final Particulars KNOWN = new Particulars(List.of("KESTREL-T3", "OSPREY"), List.of("HUM-1A2B3C4D"),
            List.of("José Núñez García"), List.of("El Flaco"), List.of("+52 631 555 0100"), List.of("G12345678"),
            List.of("Dana Officer"), List.of(LocalDate.of(2026, 11, 3)), List.of("Café Luna, Calle Obregón 12, Nogales"));

    private static List<ReportFinding> check(String text) {
        return IdentifyingDetailCheck.check(Map.of("releasableText", text), KNOWN, Set.of(2),
                run -> run.equals(IdentifyingDetailCheck.watchForm("Blue Falcon")));
    }

    private static void assertFinds(FindingKind kind, String text, String planted) {
        List<ReportFinding> found = check(text);
        int at = text.indexOf(planted);
        assertTrue(found.contains(new ReportFinding(kind, "releasableText", at, at + planted.length())),
                () -> kind + " at " + at + " in " + found);
    }

    @Test
    void findsCodeNamesCurrentAndPreviousWhateverTheirCaseAndPunctuation() {
        assertFinds(FindingKind.CODE_NAME, "Reporting from KESTREL-T3 says", "KESTREL-T3");
        assertFinds(FindingKind.CODE_NAME, "Reporting from kestrel t3 says", "kestrel t3");
        assertFinds(FindingKind.CODE_NAME, "formerly osprey.", "osprey");
    }

    @Test
    void findsNamesWithAccentsRemovedAndInUpperCase() {
        assertFinds(FindingKind.TRUE_NAME, "Met JOSE NUNEZ GARCIA today", "JOSE NUNEZ GARCIA");
        assertFinds(FindingKind.TRUE_NAME, "Met josé  núñez\ngarcía", "josé  núñez\ngarcía");
        assertFinds(FindingKind.OTHER_NAME, "known as EL FLACO", "EL FLACO");
        assertFinds(FindingKind.HANDLER_NAME, "as told to dana officer", "dana officer");
    }

    @Test
    void findsNumbersWhateverTheirPunctuation() {
        assertFinds(FindingKind.SOURCE_NUMBER, "file hum 1a2b3c4d", "hum 1a2b3c4d");
        assertFinds(FindingKind.DOCUMENT_NUMBER, "passport g-1234-5678 seen", "g-1234-5678");
        assertFinds(FindingKind.PHONE, "call (631) 555.0100 now", "631) 555.0100");
        assertFinds(FindingKind.PHONE, "call +52-631-5550100", "52-631-5550100");
    }

    @Test
    void findsTheContactDateInEveryUsualWriting() {
        for (String d : List.of("2026-11-03", "3 Nov 2026", "3 November", "11/03/2026", "03/11/2026", "November 3",
                "Nov 3, 2026", "3rd of November")) {
            assertFinds(FindingKind.CONTACT_DATE, "It happened on " + d + " at noon", d);
        }
    }

    @Test
    void leavesOtherDatesAndTheWeekAlone() {
        assertTrue(check("It happened on 2026-11-04, in 2026-W45, on November 4 and on 4 Nov 2026").isEmpty());
    }

    @Test
    void findsThePlaceAndItsPartsButNotATownAlone() {
        assertFinds(FindingKind.CONTACT_PLACE, "met at cafe luna again", "cafe luna");
        assertFinds(FindingKind.CONTACT_PLACE, "near CALLE OBREGON 12", "CALLE OBREGON 12");
        assertTrue(check("trafficking through Nogales").isEmpty());
    }

    @Test
    void findsWatchTermsByTheirNormalForm() {
        assertFinds(FindingKind.WATCH_TERM, "the BLUE-FALCON crew", "BLUE-FALCON");
    }

    @Test
    void offsetsPointIntoEachFieldAsSent() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "On KESTREL-T3");
        fields.put("releasableText", "Nothing here.");
        var found = IdentifyingDetailCheck.check(fields, KNOWN, Set.of(), t -> false);
        assertEquals(List.of(new ReportFinding(FindingKind.CODE_NAME, "title", 3, 13)), found);
    }

    @Test
    void aCleanTextIsClearAndShortNumbersAreNotLookedFor() {
        assertTrue(check("A shipment is expected at the port during the week.").isEmpty());
        var small = new Particulars(null, null, null, null, null, List.of("1234"), null, null, null);
        assertTrue(IdentifyingDetailCheck.check(Map.of("t", "room 1234"), small, Set.of(), t -> false).isEmpty());
    }

    @Test
    void findingsNeverCarryTheText() {
        assertFalse(check("KESTREL-T3").toString().contains("KESTREL"));
        assertFalse(KNOWN.toString().contains("KESTREL"));
    }
}
