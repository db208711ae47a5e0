package org.hum.source.control;

import org.hum.rules.control.Deadline;
import org.hum.source.entity.Source;
import org.hum.source.entity.SourceParticulars;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benefit expiry as a deadline: due on the expiry, overdue the day after. */
class ImmigrationBenefitDeadlinesTest {
    @Test
    void dueOnTheExpiryOverdueTheDayAfter() {
        LocalDate expires = LocalDate.of(2027, 4, 30);
        Source s = new Source("s-1", "HUM-X", "KESTREL", "COPPER", 1, "k", 1, Instant.EPOCH, "u");
        SourceParticulars p = new SourceParticulars("s-1", null, null, false, true, expires, null, null, null);
        Deadline d = ImmigrationBenefitDeadlines.deadline(s, p);
        assertEquals(expires, d.dueOn());
        assertEquals(ImmigrationBenefitDeadlines.KIND, d.kind());
        assertEquals(s.label(), d.label());
        assertFalse(d.overdueOn(expires.minusDays(1)));
        assertFalse(d.overdueOn(expires));
        assertTrue(d.overdueOn(expires.plusDays(1)));
        assertTrue(d.summary().startsWith("KESTREL"));
    }
}
