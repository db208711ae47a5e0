package org.hum.vetting.control;

import org.hum.api.source.SourceStatus;
import org.hum.rules.control.SourceStanding.StatusChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContinuousUseTest {
    static final Period GAP = Period.ofYears(1);
    static final Instant REGISTERED = at(2015, 1, 10);

    static Instant at(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static StatusChange active(Instant at) {
        return new StatusChange(SourceStatus.ACTIVE, at);
    }

    static StatusChange off(Instant at) {
        return new StatusChange(SourceStatus.DEACTIVATED, at);
    }

    @Test
    void theStandInHistoryCountsFromRegistrationNotTheEpoch() {
        List<StatusChange> standIn = List.of(active(Instant.EPOCH));
        assertEquals(Optional.of(REGISTERED), ContinuousUse.since(REGISTERED, standIn, GAP, at(2020, 1, 1)));
    }

    @Test
    void noHistoryMeansActiveSinceRegistration() {
        assertEquals(Optional.of(REGISTERED), ContinuousUse.since(REGISTERED, List.of(), GAP, at(2016, 1, 1)));
        assertEquals(Optional.empty(), ContinuousUse.since(REGISTERED, List.of(), GAP, at(2014, 1, 1)), "not yet registered");
    }

    @Test
    void aDeactivationShorterThanTheGapDoesNotBreakContinuousUse() {
        Instant off = at(2019, 11, 1);
        Instant backDayBeforeGap = at(2020, 10, 31); // a day short of a year
        var history = List.of(active(REGISTERED), off(off), active(backDayBeforeGap));
        assertEquals(Optional.of(REGISTERED), ContinuousUse.since(REGISTERED, history, GAP, at(2021, 1, 1)));
    }

    @Test
    void aDeactivationOfExactlyTheGapBreaksIt() {
        Instant off = at(2019, 11, 1);
        Instant back = at(2020, 11, 1);
        var history = List.of(active(REGISTERED), off(off), active(back));
        assertEquals(Optional.of(back), ContinuousUse.since(REGISTERED, history, GAP, at(2021, 1, 1)));
    }

    @Test
    void aDeactivationLongerThanTheGapBreaksIt() {
        Instant back = at(2020, 11, 2);
        var history = List.of(active(REGISTERED), off(at(2019, 11, 1)), active(back));
        assertEquals(Optional.of(back), ContinuousUse.since(REGISTERED, history, GAP, at(2021, 1, 1)));
    }

    @Test
    void aGapOneSecondShortOfTheGapStillContinues() {
        Instant off = at(2019, 11, 1);
        Instant back = at(2020, 11, 1).minusSeconds(1);
        assertTrue(ContinuousUse.continues(off, back, GAP));
        assertFalse(ContinuousUse.continues(off, back.plusSeconds(1), GAP));
    }

    @Test
    void whileDeactivatedTheRunStandsUntilTheGapHasPassed() {
        var history = List.of(active(REGISTERED), off(at(2019, 11, 1)));
        assertEquals(Optional.of(REGISTERED), ContinuousUse.since(REGISTERED, history, GAP, at(2020, 10, 31)), "day before");
        assertEquals(Optional.empty(), ContinuousUse.since(REGISTERED, history, GAP, at(2020, 11, 1)), "day of");
        assertEquals(Optional.empty(), ContinuousUse.since(REGISTERED, history, GAP, at(2020, 11, 2)), "day after");
    }

    @Test
    void severalShortGapsChainIntoOneRun() {
        var history = List.of(active(REGISTERED), off(at(2016, 1, 1)), active(at(2016, 6, 1)),
                off(at(2017, 1, 1)), active(at(2017, 12, 1)), new StatusChange(SourceStatus.CLOSED_FOR_CAUSE, at(2018, 3, 1)),
                active(at(2018, 9, 1)));
        assertEquals(Optional.of(REGISTERED), ContinuousUse.since(REGISTERED, history, GAP, at(2021, 1, 1)));
        assertEquals(1, ContinuousUse.runs(ContinuousUse.stretches(REGISTERED, history, at(2021, 1, 1)), GAP).size());
    }

    @Test
    void changesAfterNowAndRepeatedStatusesAreIgnored() {
        var history = List.of(active(REGISTERED), active(at(2016, 1, 1)), off(at(2030, 1, 1)));
        var stretches = ContinuousUse.stretches(REGISTERED, history, at(2020, 1, 1));
        assertEquals(1, stretches.size());
        assertTrue(stretches.get(0).open());
        assertEquals(REGISTERED, stretches.get(0).start());
    }

    /** Seeded property: the run start is always one of the activation times, never before registration, and a run never holds a gap of the full length. */
    @Test
    void seededPropertyRunsNeverJoinAcrossALongGap() {
        Random random = new Random(20261128L);
        for (int round = 0; round < 2000; round++) {
            List<StatusChange> history = new ArrayList<>();
            Instant t = REGISTERED.minusSeconds(random.nextInt(1000) * 86_400L);
            boolean activeNow = true;
            history.add(active(t));
            int changes = random.nextInt(8);
            for (int i = 0; i < changes; i++) {
                t = t.plusSeconds((1 + random.nextInt(800)) * 86_400L);
                activeNow = !activeNow;
                history.add(activeNow ? active(t) : off(t));
            }
            Instant now = t.plusSeconds(random.nextInt(900) * 86_400L);
            var runs = ContinuousUse.runs(ContinuousUse.stretches(REGISTERED, history, now), GAP);
            for (var run : runs) {
                assertFalse(run.start().isBefore(REGISTERED), "round " + round);
                for (int i = 1; i < run.stretches().size(); i++) {
                    assertTrue(ContinuousUse.continues(run.stretches().get(i - 1).end(), run.stretches().get(i).start(), GAP));
                }
            }
            for (int i = 1; i < runs.size(); i++) {
                assertFalse(ContinuousUse.continues(runs.get(i - 1).last().end(), runs.get(i).start(), GAP), "round " + round);
            }
            Optional<Instant> since = ContinuousUse.since(REGISTERED, history, GAP, now);
            since.ifPresent(s -> assertFalse(s.isAfter(now)));
            if (activeNow && !now.isBefore(REGISTERED)) {
                assertTrue(since.isPresent(), "an active source is in continuous use, round " + round);
            }
        }
    }
}
