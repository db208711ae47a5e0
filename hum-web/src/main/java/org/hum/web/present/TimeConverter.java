package org.hum.web.present;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Times and days as a person reads them, always with the zone: an instant as
 * {@code 4 Dec 2026, 13:34 UTC}, a day as {@code 4 Dec 2026}. Every time HUM keeps is UTC (the
 * rule clock's zone), so a time with another offset is shown in UTC too, and a local date-time
 * is read as UTC. On a page: {@code <h:outputText value="#{x}" converter="hum.time"/>}; inside a
 * sentence {@code #{words.of(x)}} formats through {@link #format(Object)}.
 */
@FacesConverter("hum.time")
public class TimeConverter implements Converter<Object> {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The readable form of a time or day; an ISO text of one is read first; anything else as it is; null as "". */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return TIME.format(i);
        }
        if (value instanceof OffsetDateTime o) {
            return TIME.format(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return TIME.format(z.toInstant());
        }
        if (value instanceof LocalDateTime l) {
            return TIME.format(l.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (value instanceof CharSequence s) {
            Object parsed = parseIso(s.toString().trim());
            return parsed == null ? s.toString() : format(parsed);
        }
        return value.toString();
    }

    /** An ISO-8601 instant, offset date-time, local date-time or day, or null if the text is none of them. */
    static Object parseIso(String s) {
        if (s.length() < 10 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.endsWith("Z")) {
                return Instant.parse(s);
            }
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            return t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return format(value);
    }

    /** Reads back what {@link #getAsString} wrote (or an ISO text): a day as a LocalDate, a time as an Instant. */
    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim();
        Object iso = parseIso(s);
        if (iso instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (iso instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (iso != null) {
            return iso;
        }
        try {
            return s.contains(":") ? TIME.parse(s, Instant::from) : LocalDate.parse(s, DAY);
        } catch (DateTimeException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Not a day or time: write it as 4 Dec 2026 or 4 Dec 2026, 13:34 UTC", null));
        }
    }
}
