package org.hum.tasking.control;

import org.hum.api.error.RuleViolation;
import org.hum.api.tasking.TaskingStatus;
import org.hum.tasking.control.TaskingTransitions.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hum.api.tasking.TaskingStatus.ACKNOWLEDGED;
import static org.hum.api.tasking.TaskingStatus.CANCELLED;
import static org.hum.api.tasking.TaskingStatus.DRAFT;
import static org.hum.api.tasking.TaskingStatus.EXPIRED;
import static org.hum.api.tasking.TaskingStatus.FULFILLED;
import static org.hum.api.tasking.TaskingStatus.IN_PROGRESS;
import static org.hum.api.tasking.TaskingStatus.ISSUED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every step from every state: the legal ones give their state, every other one is refused (tasking.state). */
class TaskingTransitionsTest {
    private static final Map<Step, Set<TaskingStatus>> LEGAL = Map.of(
            Step.ISSUE, EnumSet.of(DRAFT),
            Step.ACKNOWLEDGEMENT, EnumSet.of(ISSUED),
            Step.START, EnumSet.of(ACKNOWLEDGED),
            Step.FULFILMENT, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS),
            Step.CANCELLATION, EnumSet.of(DRAFT, ISSUED, ACKNOWLEDGED, IN_PROGRESS),
            Step.EXPIRY, EnumSet.of(ISSUED, ACKNOWLEDGED, IN_PROGRESS));
    private static final Map<Step, TaskingStatus> TO = Map.of(Step.ISSUE, ISSUED, Step.ACKNOWLEDGEMENT, ACKNOWLEDGED,
            Step.START, IN_PROGRESS, Step.FULFILMENT, FULFILLED, Step.CANCELLATION, CANCELLED, Step.EXPIRY, EXPIRED);

    @Test
    void everyStepFromEveryState() {
        int legal = 0;
        int refused = 0;
        for (Step step : Step.values()) {
            for (TaskingStatus from : TaskingStatus.values()) {
                if (LEGAL.get(step).contains(from)) {
                    assertEquals(TO.get(step), TaskingTransitions.next(from, step), step + " from " + from);
                    legal++;
                } else {
                    RuleViolation v = assertThrows(RuleViolation.class, () -> TaskingTransitions.next(from, step),
                            step + " from " + from);
                    assertEquals(TaskingTransitions.RULE, v.rule());
                    assertEquals(409, v.code().status());
                    assertTrue(v.getMessage().contains(from.name()), v.getMessage());
                    refused++;
                }
            }
        }
        assertEquals(12, legal);
        assertEquals(6 * 7 - 12, refused);
    }

    @Test
    void theFinalStatesAllowNothingAndSaySo() {
        for (TaskingStatus end : List.of(FULFILLED, CANCELLED, EXPIRED)) {
            assertEquals(List.of(), TaskingTransitions.possible(end));
            RuleViolation v = assertThrows(RuleViolation.class, () -> TaskingTransitions.next(end, Step.CANCELLATION));
            assertTrue(v.remedy().contains("nothing changes"), v.remedy());
        }
        assertEquals(List.of("issue", "cancellation"), TaskingTransitions.possible(DRAFT));
        assertEquals(List.of("acknowledgement", "cancellation"), TaskingTransitions.possible(ISSUED));
        assertEquals(List.of("start", "fulfilment", "cancellation"), TaskingTransitions.possible(ACKNOWLEDGED));
        assertEquals(List.of("fulfilment", "cancellation"), TaskingTransitions.possible(IN_PROGRESS));
    }

    @Test
    void anOpenTaskingExpiresTheDayAfterItsDueDayNotOnIt() {
        LocalDate due = LocalDate.parse("2027-03-10");
        for (TaskingStatus open : List.of(ISSUED, ACKNOWLEDGED, IN_PROGRESS)) {
            assertFalse(TaskingTransitions.expires(open, due, due.minusDays(1)));
            assertFalse(TaskingTransitions.expires(open, due, due), "on its due day it is still in time");
            assertTrue(TaskingTransitions.expires(open, due, due.plusDays(1)));
            assertEquals(open, TaskingTransitions.effective(open, due, due));
            assertEquals(EXPIRED, TaskingTransitions.effective(open, due, due.plusDays(1)));
        }
        for (TaskingStatus notOpen : List.of(DRAFT, FULFILLED, CANCELLED, EXPIRED)) {
            assertFalse(TaskingTransitions.expires(notOpen, due, due.plusDays(30)), notOpen.name());
            assertEquals(notOpen, TaskingTransitions.effective(notOpen, due, due.plusDays(30)));
        }
    }

    @Test
    void stepsAreNamedByTheirPathsAndExpiryIsNotOnePersonsTake() {
        assertEquals(Step.ISSUE, TaskingTransitions.byPath("issue"));
        assertEquals(Step.FULFILMENT, TaskingTransitions.byPath("fulfilment"));
        assertNull(TaskingTransitions.byPath("expiry"));
        assertNull(TaskingTransitions.byPath("launch"));
    }
}
