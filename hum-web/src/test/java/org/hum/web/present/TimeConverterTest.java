package org.hum.web.present;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeConverterTest {
    private final TimeConverter converter = new TimeConverter();

    @Test
    void anInstantReadsAsDayMonthYearHourMinuteAndItsZone() {
        assertEquals("4 Dec 2026, 13:34 UTC",
                converter.getAsString(null, null, Instant.parse("2026-12-04T13:34:27.935533Z")));
        assertEquals("9 Sep 2026, 00:05 UTC", converter.getAsString(null, null, Instant.parse("2026-09-09T00:05:00Z")),
                "English month names, the same on every server");
    }

    @Test
    void anotherOffsetIsShownInUtc() {
        assertEquals("4 Dec 2026, 12:34 UTC", converter.getAsString(null, null,
                OffsetDateTime.of(2026, 12, 4, 13, 34, 0, 0, ZoneOffset.ofHours(1))));
        assertEquals("4 Dec 2026, 13:34 UTC", converter.getAsString(null, null, LocalDateTime.of(2026, 12, 4, 13, 34)));
    }

    @Test
    void aDayReadsWithoutATime() {
        assertEquals("4 Dec 2026", converter.getAsString(null, null, LocalDate.of(2026, 12, 4)));
        assertEquals("4 Dec 2026", converter.getAsString(null, null, "2026-12-04"), "an ISO text of a day");
    }

    @Test
    void nothingIsEmptyAndOtherValuesStayAsTheyAre() {
        assertEquals("", converter.getAsString(null, null, null));
        assertEquals("not in use", converter.getAsString(null, null, "not in use"));
        assertEquals("42", converter.getAsString(null, null, 42));
    }

    @Test
    void whatItWritesReadsBack() {
        assertEquals(Instant.parse("2026-12-04T13:34:00Z"), converter.getAsObject(null, null, "4 Dec 2026, 13:34 UTC"));
        assertEquals(LocalDate.of(2026, 12, 4), converter.getAsObject(null, null, "4 Dec 2026"));
        assertEquals(Instant.parse("2026-12-04T13:34:27Z"), converter.getAsObject(null, null, "2026-12-04T13:34:27Z"));
        assertEquals(null, converter.getAsObject(null, null, " "));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "next Tuesday"));
    }

    @Test
    void theAuditFilterTakesAnActionInWordsOrAsItsCode() {
        assertEquals("TRUE_IDENTITY_VIEWED", AuditFilter.action(" true identity viewed "));
        assertEquals("SOURCE_READ", AuditFilter.action("SOURCE_READ"));
        assertEquals(null, AuditFilter.action(" "));
    }
}
