package org.hum.partner.stix;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * STIX timestamps: RFC 3339 in UTC with the 'Z' the specification requires, to the millisecond
 * ({@code created} and {@code modified} must be precise to the millisecond), e.g.
 * {@code 2026-11-03T09:15:00.000Z}. {@link Instant#toString()} drops zero fractions, so it will not do.
 */
public final class StixTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StixTime() {
    }

    /** The instant, truncated to the millisecond, as a STIX timestamp. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
