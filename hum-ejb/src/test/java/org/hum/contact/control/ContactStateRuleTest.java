package org.hum.contact.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The per-file contact state moved report by report (as ContactState moves its rows) is the state
 * computed from every report at once, whatever the order contacts are recorded in, ties and
 * backdated contacts included.
 */
class ContactStateRuleTest {
    private static final Instant BASE = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void movedReportByReportItIsTheWholeComputation() {
        for (long seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            List<ContactRules.Contact> recorded = new ArrayList<>();
            ContactRules.State moved = new ContactRules.State(null, List.of());
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                // contacts on few days and hours, so ties and same-day answers happen; some recorded late
                Instant occurred = BASE.plusSeconds(86_400L * random.nextInt(20) + 3_600L * random.nextInt(3));
                Instant next = random.nextInt(3) == 0 ? null : occurred.plusSeconds(86_400L * random.nextInt(10)
                        + 3_600L * random.nextInt(24));
                ContactRules.Contact c = new ContactRules.Contact("v" + i, "r" + i, "s", occurred, next);
                recorded.add(c);
                moved = ContactRules.after(moved, c);
                ContactRules.State whole = ContactRules.state(recorded);
                assertEquals(whole.latest(), moved.latest(), "seed " + seed + " after " + (i + 1));
                assertEquals(sorted(whole.unanswered()), sorted(moved.unanswered()), "seed " + seed + " after " + (i + 1));
            }
        }
    }

    @Test
    void withoutReportIsTheUnansweredPlansPastTheirDay() {
        ContactRules.Contact planner = new ContactRules.Contact("a", "a", "s", BASE, BASE.plusSeconds(86_400L * 7));
        ContactRules.Contact backdated = new ContactRules.Contact("b", "b", "s", BASE.minusSeconds(86_400L * 30), null);
        ContactRules.State state = ContactRules.after(ContactRules.after(new ContactRules.State(null, List.of()), planner),
                backdated);
        assertEquals(planner, state.latest(), "a contact recorded late is not the latest");
        assertEquals(List.of(planner), state.unanswered());
        assertEquals(List.of(planner), ContactRules.withoutReport(List.of(planner, backdated), LocalDate.parse("2027-01-09")));
        assertEquals(List.of(), ContactRules.withoutReport(List.of(planner, backdated), LocalDate.parse("2027-01-08")),
                "not before the day has passed");
        assertNull(ContactRules.state(List.of()).latest());
    }

    private static List<ContactRules.Contact> sorted(List<ContactRules.Contact> contacts) {
        return contacts.stream().sorted(Comparator.comparing(ContactRules.Contact::id)).toList();
    }
}
