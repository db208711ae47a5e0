package org.hum.audit.boundary;

import org.hum.api.audit.AuditQuery;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditReviewFilterTest {
    private static final AuditReview.Clearance CLEARED = new AuditReview.Clearance(List.of("OFFICIAL", "SENSITIVE"),
            List.of("MESA", "COPPER"));
    private static final String LABEL = "(label IS NULL OR (SUBSTRING_INDEX(label, '/', 1) IN (?, ?) "
            + "AND SUBSTRING_INDEX(label, '/', -1) REGEXP ?))";

    @Test
    void everyFilterBecomesOneBoundTerm() {
        AuditQuery q = AuditQuery.parse("6F9619FF-8B86-D011-B42D-00CF4FC964FF", "officer1", "source_read",
                "2026-11-28", "2026-11-28T12:00:00Z");
        AuditReview.Filter f = AuditReview.Filter.of(q, CLEARED);
        assertEquals(" WHERE object_type = 'SOURCE' AND object_id = ? AND actor = ? AND action = ? AND "
                + "occurred_at >= FROM_UNIXTIME(?) AND occurred_at < FROM_UNIXTIME(?) AND " + LABEL, f.where());
        assertEquals("6f9619ff-8b86-d011-b42d-00cf4fc964ff", f.params().get(0));
        assertEquals("SOURCE_READ", f.params().get(2));
        assertEquals(java.math.BigDecimal.valueOf(Instant.parse("2026-11-28T00:00:00Z").getEpochSecond()).setScale(6), f.params().get(3));
    }

    @Test
    void noFilterIsNoWhereClause() {
        assertEquals(" WHERE " + LABEL, AuditReview.Filter.of(AuditQuery.parse(null, " ", "", null, null), CLEARED).where());
    }

    @Test
    void timesOutsideWhatATimestampHoldsNeverReachTheDatabase() {
        assertEquals(" WHERE 1 = 0 AND " + LABEL, AuditReview.Filter.of(new AuditQuery(null, null, null,
                Instant.parse("2099-01-01T00:00:00Z"), null), CLEARED).where());
        assertEquals(" WHERE " + LABEL, AuditReview.Filter.of(new AuditQuery(null, null, null, Instant.parse("1960-01-01T00:00:00Z"),
                Instant.parse("2099-01-01T00:00:00Z")), CLEARED).where());
        assertEquals(3, AuditReview.Filter.of(new AuditQuery(null, null, null, null, Instant.parse("2099-01-01T00:00:00Z")),
                CLEARED).params().size());
    }

    @Test
    void theLabelTermShowsOnlyWhatTheReviewerDominates() {
        AuditReview.Filter f = AuditReview.Filter.of(AuditQuery.parse(null, null, null, null, null), CLEARED);
        assertEquals(List.of("OFFICIAL", "SENSITIVE"), f.params().subList(0, 2));
        java.util.regex.Pattern held = java.util.regex.Pattern.compile((String) f.params().get(2));
        for (String shown : new String[]{"COPPER", "MESA", "COPPER+MESA", ""}) {
            assertTrue(held.matcher(shown).find(), shown);
        }
        for (String hidden : new String[]{"DELTA", "COPPER+DELTA", "COPPERX", "XCOPPER", "MESA+", "COPPER+MESA+DELTA", "MES"}) {
            assertTrue(!held.matcher(hidden).find(), hidden);
        }
        java.util.regex.Pattern none = java.util.regex.Pattern.compile(
                new AuditReview.Clearance(List.of("OFFICIAL"), List.of()).compartmentPattern());
        assertTrue(none.matcher("").find());
        assertTrue(!none.matcher("COPPER").find());
        assertEquals(" WHERE label IS NULL", AuditReview.Filter.of(AuditQuery.parse(null, null, null, null, null),
                new AuditReview.Clearance(List.of(), List.of("COPPER"))).where());
    }

    @Test
    void badFiltersAreNamedTogether() {
        HumException e = assertThrows(HumException.class, () -> AuditQuery.parse("x", "a b", "drop table", "soon", "2026-13-01"));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals(List.of("sourceId", "actor", "action", "from", "to"), e.fieldErrors().stream().map(x -> x.field()).toList());
        assertTrue(e.getMessage().startsWith("Fix these filters"));
        assertThrows(HumException.class, () -> AuditQuery.parse(null, null, null, "2026-11-28", "2026-11-27"));
    }

    @Test
    void aReviewerDominatesALabelOnlyWithItsLevelAndEveryCompartment() {
        AuditReview.Clearance c = new AuditReview.Clearance(List.of("OFFICIAL", "SENSITIVE"), List.of("COPPER", "MESA"));
        assertTrue(c.dominates("SENSITIVE/COPPER"));
        assertTrue(c.dominates("OFFICIAL/COPPER+MESA"));
        assertTrue(c.dominates("OFFICIAL/"));
        assertFalse(c.dominates("SECRET/COPPER"), "level above");
        assertFalse(c.dominates("SENSITIVE/COPPER+JADE"), "a compartment not held");
        assertFalse(c.dominates("garbage"));
    }
}
