package org.hum.dashboard.control;

import org.junit.jupiter.api.Test;

import org.hum.rules.control.FileQuery;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compartments test a due list's page applies in SQL: every compartment of a line among the reader's. */
class DueListsTest {
    private static boolean shown(Set<String> reader, String lineCompartments) {
        return Pattern.compile(DueLists.within(reader)).matcher(lineCompartments).matches();
    }

    @Test
    void aLineIsShownOnlyWhenEveryOneOfItsCompartmentsIsTheReaders() {
        Set<String> both = Set.of("COPPER", "MESA");
        assertTrue(shown(both, "COPPER"));
        assertTrue(shown(both, "MESA"));
        assertTrue(shown(both, "COPPER+MESA"));
        assertTrue(shown(Set.of("MESA"), "MESA"));
        assertFalse(shown(Set.of("MESA"), "COPPER"));
        assertFalse(shown(Set.of("MESA"), "COPPER+MESA"), "one compartment of two is not enough");
        assertFalse(shown(Set.of("MESA"), "MESAX"), "a code that starts like one held is another");
        assertFalse(shown(Set.of("MESA"), "XMESA"));
        assertFalse(shown(Set.of("MESA"), "MESA+"));
        assertFalse(shown(Set.of("MESA"), ""), "no compartments is tested apart, as an equality");
    }

    @Test
    void aCodesPunctuationIsLiteral() {
        assertTrue(shown(Set.of("RIO-GRANDE"), "RIO-GRANDE"));
        assertFalse(shown(Set.of("A.B"), "AXB"), "a dot is a dot, not any character");
        assertFalse(shown(Set.of("A|B"), "A"), "a bar is a bar, not an alternative");
    }

    @Test
    void theOverdueFilesAsAQueryLeaveTheKindsFoundElsewhereOutEachABoundParameter() {
        LocalDate today = LocalDate.of(2031, 3, 4);
        FileQuery all = new DueLists().overdueQuery(today, Set.of());
        assertEquals("select d.source_id as id from due_item d where d.due_on < ? and d.source_id is not null", all.sql());
        assertEquals(List.of(Date.valueOf(today)), all.parameters());
        FileQuery some = new DueLists().overdueQuery(today, Set.of("CONTACT_OVERDUE", "A_KIND"));
        assertTrue(some.sql().endsWith(" and d.kind not in (?, ?)"), some.sql());
        assertEquals(List.of(Date.valueOf(today), "A_KIND", "CONTACT_OVERDUE"), some.parameters(), "the day, then the kinds in order");
    }
}
