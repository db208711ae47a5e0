package org.hum.rules.control;

import org.hum.api.error.HumException;
import org.hum.api.rules.RuleProfileSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDatePrecisionFigureTest {

    private static RuleProfileSettings precision(String value) {
        RuleProfileSettings c = RuleProfileSettings.choose("US_FEDERAL");
        return new RuleProfileSettings(c.profile(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, value, null, null);
    }

    @Test
    void theShippedProfilesKeepReportsToTheWeek() {
        assertEquals("WEEK", RuleProfiles.US_FEDERAL.reportDatePrecision());
        assertEquals("WEEK", RuleProfiles.UK.reportDatePrecision());
        assertEquals("WEEK", RuleProfileCodec.settings(RuleProfiles.UK).reportDatePrecision());
    }

    @Test
    void itIsTunedToDayWeekOrMonthAndNothingElse() {
        assertEquals("MONTH", RuleProfileTuning.apply(RuleProfiles.US_FEDERAL, precision("month")).reportDatePrecision());
        HumException e = assertThrows(HumException.class, () -> RuleProfileTuning.apply(RuleProfiles.US_FEDERAL, precision("HOUR")));
        assertTrue(e.getMessage().contains("reportDatePrecision"), e.getMessage());
        assertEquals("WEEK", RuleProfileTuning.apply(RuleProfiles.US_FEDERAL, precision(null)).reportDatePrecision());
    }

    @Test
    void itIsStoredAndAProfileStoredBeforeItReadsWithTheWeek() {
        RuleProfile day = RuleProfileTuning.apply(RuleProfiles.US_FEDERAL, precision("DAY"));
        assertEquals("DAY", RuleProfileCodec.parse(day.id(), RuleProfileCodec.text(day)).reportDatePrecision());
        String older = RuleProfileCodec.text(day).replaceAll("(?m)^reportDatePrecision=.*\n", "");
        assertEquals("WEEK", RuleProfileCodec.parse(day.id(), older).reportDatePrecision());
    }
}
