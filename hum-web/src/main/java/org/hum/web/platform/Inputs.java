package org.hum.web.platform;

import org.hum.api.error.HumException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Typed text, from a query parameter or a form field, as the value it names; what does not parse
 * is refused as invalid input on that field, as the core refuses it, so that the REST mappers and
 * {@link PageAction} show it like any other refusal.
 */
public final class Inputs {
    private Inputs() {
    }

    /** A whole number from min to max; absent when blank. */
    public static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw HumException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    /** A whole number, 0 or more (a line to start a page from); absent when blank. */
    public static int position(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw HumException.invalid(name, "must be a whole number, 0 or more (the first line is 0)");
    }

    /** One of an enumeration's names (case as written in the API); null when blank. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        throw HumException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An object's id, as HUM gives them (a UUID; upper case is read as lower); null when blank. */
    public static String id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            String id = UUID.fromString(value.strip()).toString();
            if (id.equalsIgnoreCase(value.strip())) {
                return id;
            }
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw HumException.invalid(name, "must be an id as HUM gives them, such as 3f2b9c1e-7a4d-4e2b-9c1f-0a1b2c3d4e5f");
    }

    /** A date as YYYY-MM-DD; null when blank. */
    public static LocalDate date(String name, String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HumException.invalid(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** An amount such as 150.00; null when blank; refused with the message given. */
    public static BigDecimal amount(String name, String value, String refusal) {
        try {
            return blank(value) ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw HumException.invalid(name, refusal);
        }
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The text stripped, or null when blank. */
    public static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
