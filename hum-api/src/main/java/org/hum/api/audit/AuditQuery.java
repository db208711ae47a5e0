package org.hum.api.audit;

import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.error.ErrorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A filter over the audit trail: by source, actor, action and time ({@code from} inclusive,
 * {@code to} exclusive). Every field is optional. {@link #parse} turns request parameters
 * into one, refusing each bad field with a message that says what to send.
 */
public record AuditQuery(String sourceId, String actor, String action, Instant from, Instant to) {
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]{1,47}");

    public static AuditQuery parse(String sourceId, String actor, String action, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        String source = blank(sourceId) ? null : sourceId.strip();
        if (source != null) {
            try {
                source = UUID.fromString(source).toString();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sourceId", "must be a source file id (a UUID)"));
            }
        }
        String who = blank(actor) ? null : actor.strip();
        if (who != null && !ACTOR.matcher(who).matches()) {
            errors.add(new FieldError("actor", "must be a username: 1 to 64 letters, digits, dots, hyphens, underscores or @"));
        }
        String what = blank(action) ? null : action.strip().toUpperCase(java.util.Locale.ROOT);
        if (what != null && !ACTION.matcher(what).matches()) {
            errors.add(new FieldError("action", "must be an action name such as SOURCE_READ or LOGIN_FAILED"));
        }
        Instant start = time("from", from, false, errors);
        Instant end = time("to", to, true, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Fix these filters and ask again: " + errors.stream()
                    .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("") + ".", errors);
        }
        return new AuditQuery(source, who, what, start, end);
    }

    /** An instant (2026-11-28T10:00:00Z) or a day (2026-11-28: its start, or for {@code to} the next day's start). */
    private static Instant time(String field, String value, boolean endOfDay, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a UTC time such as 2026-11-28T10:00:00Z or a day such as 2026-11-28"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
