package org.hum.authorisation.control;

import org.hum.api.authorisation.AuthorisationKind;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.hum.api.authorisation.AuthorisedActivity.CONSENSUAL_RECORDING;
import static org.hum.api.authorisation.AuthorisedActivity.CROSS_BORDER_TRAVEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an authorisation covers, its amendment, and the OIA that covers a tasking's due day, at each boundary. */
class AuthorisedActivitiesTest {
    private static final LocalDate START = LocalDate.parse("2027-02-01");
    private static final LocalDate END = LocalDate.parse("2027-02-20");

    private static OiaAuthorisation oia(boolean acknowledged) {
        OiaAuthorisation o = new OiaAuthorisation("o", "s", 1, START, END, Instant.parse("2027-01-31T10:00:00Z"), "ao");
        if (acknowledged) {
            o.acknowledged(Instant.parse("2027-01-31T11:00:00Z"), "officer", "witness");
        }
        return o;
    }

    @Test
    void anOiaCoversFromItsFirstDayToItsLastIfAcknowledged() {
        OiaAuthorisation o = oia(true);
        assertFalse(AuthorisedActivities.covers(o, START.minusDays(1), START.plusDays(2)), "before its first day");
        assertTrue(AuthorisedActivities.covers(o, START, START.plusDays(2)));
        assertTrue(AuthorisedActivities.covers(o, START, END), "due on its last day");
        assertFalse(AuthorisedActivities.covers(o, START, END.plusDays(1)), "due the day after its last");
        assertTrue(AuthorisedActivities.covers(o, END, END));
        assertFalse(AuthorisedActivities.covers(o, END.plusDays(1), END.plusDays(1)), "run out");
        assertFalse(AuthorisedActivities.covers(oia(false), START, START.plusDays(2)), "not acknowledged by the source");
        OiaAuthorisation cancelled = oia(true);
        cancelled.ended(OiaAuthorisation.CANCELLED, Instant.parse("2027-02-02T10:00:00Z"), "ao", null);
        assertFalse(AuthorisedActivities.covers(cancelled, START.plusDays(2), START.plusDays(3)));
    }

    @Test
    void anAmendmentAddsToWhatTheAuthorisationAlreadyCovers() {
        Authorisation a = new Authorisation("a", "s", AuthorisationKind.STANDARD, 1, Instant.parse("2027-01-01T00:00:00Z"), "o");
        assertEquals(AuthorisedActivity.BASE, a.activities(), "none named: the base set");
        a.activities(EnumSet.of(CROSS_BORDER_TRAVEL));
        assertEquals(AuthorisedActivity.withBase(EnumSet.of(CROSS_BORDER_TRAVEL)), a.activities());
        a.amended(EnumSet.of(CONSENSUAL_RECORDING));
        assertEquals(AuthorisedActivity.withBase(EnumSet.of(CROSS_BORDER_TRAVEL, CONSENSUAL_RECORDING)), a.activities());
    }
}
