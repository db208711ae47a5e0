package org.hum.web.reporting;

import org.hum.api.reporting.FindingKind;
import org.hum.api.reporting.ReportFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPageTest {

    @Test
    void findingsAreCutOutAtTheirOffsets() {
        String text = "Met WREN near the port at noon.";
        List<ReportPage.Piece> pieces = ReportPage.pieces(text,
                List.of(new ReportFinding(FindingKind.CODE_NAME, "releasableText", 4, 8)));
        assertEquals(3, pieces.size());
        assertEquals("Met ", pieces.get(0).text());
        assertFalse(pieces.get(0).finding());
        assertEquals("WREN", pieces.get(1).text());
        assertTrue(pieces.get(1).finding());
        assertEquals(4, pieces.get(1).start());
        assertEquals("CODE_NAME", pieces.get(1).kind());
        assertEquals(text, String.join("", pieces.stream().map(ReportPage.Piece::text).toList()));
    }

    @Test
    void offsetsBeyondTheTextOrOverlappingAreClamped() {
        String text = "abcdef";
        List<ReportPage.Piece> pieces = ReportPage.pieces(text, List.of(
                new ReportFinding(FindingKind.PHONE, "releasableText", 1, 4),
                new ReportFinding(FindingKind.WATCH_TERM, "releasableText", 2, 99)));
        assertEquals(text, String.join("", pieces.stream().map(ReportPage.Piece::text).toList()));
        assertEquals(2, pieces.stream().filter(ReportPage.Piece::finding).count());
    }

    @Test
    void theTitleSubjectAreaAndPurposeAreMarkedByTheirOwnFindingsOnly() {
        String[][] fields = {{"title", "Title", "WREN at the port"}, {"subject", "Subject", "cash"},
                {"area", "Area", "near Calle Ocho 12"}, {"purpose", "Purpose of release", "Case 7"}};
        List<ReportPage.Marked> marked = ReportPage.marked(fields, List.of(
                new ReportFinding(FindingKind.CODE_NAME, "title", 0, 4),
                new ReportFinding(FindingKind.CONTACT_PLACE, "area", 5, 18),
                new ReportFinding(FindingKind.CODE_NAME, "releasableText", 0, 4)));
        assertEquals(List.of("title", "area"), marked.stream().map(ReportPage.Marked::field).toList(),
                "only the fields holding a finding, the releasable text apart");
        assertEquals("WREN", marked.get(0).pieces().get(0).text());
        assertTrue(marked.get(0).pieces().get(0).finding());
        assertEquals("Calle Ocho 12", marked.get(1).pieces().get(1).text());
        assertEquals("CONTACT_PLACE", marked.get(1).pieces().get(1).kind());
        assertEquals("near Calle Ocho 12", String.join("", marked.get(1).pieces().stream().map(ReportPage.Piece::text).toList()));
    }

    @Test
    void aStoredDayReadsBackAsADayThatKeepsItsPrecision() {
        assertEquals("2026-11-02", ReportPage.dayOf("2026-W45"), "the Monday of ISO week 45");
        assertEquals("2026-11-01", ReportPage.dayOf("2026-11"));
        assertEquals("2026-11-03", ReportPage.dayOf("2026-11-03"));
        assertEquals(null, ReportPage.dayOf(null));
        assertEquals(null, ReportPage.dayOf("next week"));
    }
}
