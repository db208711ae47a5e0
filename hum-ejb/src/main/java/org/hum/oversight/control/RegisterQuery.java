package org.hum.oversight.control;

import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.oversight.RegisterRow;
import org.hum.api.source.SourceStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The register's filters and sort (docs/api.md, "Oversight"), read from query parameters: every
 * bad value is a 400 naming its parameter and what it accepts, all of them at once.
 *
 * @param status        only files in this status
 * @param compartment   only files of this compartment
 * @param handler       only files with this username among their handlers
 * @param overdue       only files with (true) or without (false) an overdue due-list line
 * @param authorisation IN_FORCE (an authorisation in force now) or NONE (none in force)
 * @param sort          the column to sort by; descending when {@code descending}
 */
public record RegisterQuery(SourceStatus status, String compartment, String handler, Boolean overdue,
                            String authorisation, String sort, boolean descending) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /**
     * Code names as the database orders them (its collation, {@code utf8mb4_unicode_ci}, on the
     * letters, digits, spaces and hyphens a code name may hold): without regard to case, spaces and
     * hyphens before digits before letters. A page found in SQL and the whole computation must agree.
     */
    static final Comparator<RegisterRow> CODE_NAME = Comparator.comparing(RegisterRow::codeName, String.CASE_INSENSITIVE_ORDER);

    /** The columns the register sorts by; ties fall back to the code name, then the id (both reversed when descending). */
    static final Map<String, Comparator<RegisterRow>> SORTS = Map.ofEntries(
            Map.entry("codeName", CODE_NAME),
            Map.entry("sourceNumber", Comparator.comparing(RegisterRow::sourceNumber)),
            Map.entry("status", Comparator.comparing(r -> r.status().name())),
            Map.entry("compartment", Comparator.comparing(RegisterRow::compartment)),
            Map.entry("registeredAt", nullsLast(RegisterRow::registeredAt)),
            Map.entry("authorisationEndsAt", nullsLast(RegisterRow::authorisationEndsAt)),
            Map.entry("nextReviewDue", nullsLast(RegisterRow::nextReviewDue)),
            Map.entry("nextValidationDue", nullsLast(RegisterRow::nextValidationDue)),
            Map.entry("lastValidationAt", nullsLast(RegisterRow::lastValidationAt)),
            Map.entry("lastContactAt", nullsLast(RegisterRow::lastContactAt)),
            Map.entry("paymentsThisYear", Comparator.comparing(RegisterRow::paymentsThisYear)),
            Map.entry("paymentsLifetime", Comparator.comparing(RegisterRow::paymentsLifetime)));

    public static RegisterQuery parse(String status, String compartment, String handler, String overdue,
                                      String authorisation, String sort) {
        List<FieldError> errors = new ArrayList<>();
        SourceStatus st = null;
        if (present(status)) {
            try {
                st = SourceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of ACTIVE, DEACTIVATED, CLOSED_FOR_CAUSE"));
            }
        }
        if (present(compartment) && !CODE.matcher(compartment.strip()).matches()) {
            errors.add(new FieldError("compartment", "must be a compartment code: letters, digits, _ or -, at most 32"));
        }
        if (present(handler) && !USERNAME.matcher(handler.strip()).matches()) {
            errors.add(new FieldError("handler", "must be a username: letters, digits, . _ @ or -, at most 64"));
        }
        Boolean od = null;
        if (present(overdue)) {
            switch (overdue.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> od = true;
                case "false" -> od = false;
                default -> errors.add(new FieldError("overdue", "must be true or false"));
            }
        }
        String auth = null;
        if (present(authorisation)) {
            auth = authorisation.strip().toUpperCase(Locale.ROOT);
            if (!auth.equals("IN_FORCE") && !auth.equals("NONE")) {
                errors.add(new FieldError("authorisation", "must be IN_FORCE or NONE"));
            }
        }
        String by = "codeName";
        boolean descending = false;
        if (present(sort)) {
            String s = sort.strip();
            descending = s.startsWith("-");
            by = descending ? s.substring(1) : s;
            if (!SORTS.containsKey(by)) {
                errors.add(new FieldError("sort", "must be one of " + String.join(", ", new java.util.TreeSet<>(SORTS.keySet()))
                        + ", with a leading - for descending"));
            }
        }
        if (!errors.isEmpty()) {
            throw HumException.invalid("Fix these parameters and ask again", errors);
        }
        return new RegisterQuery(st, present(compartment) ? compartment.strip().toUpperCase(Locale.ROOT) : null,
                present(handler) ? handler.strip() : null, od, auth, by, descending);
    }

    /** The sorts by a column of the file's own row (not a computed clock or total), which SQL can order by. */
    public static final java.util.Set<String> ROW_SORTS = java.util.Set.of("codeName", "sourceNumber", "compartment",
            "registeredAt");

    /**
     * The computed sorts SQL can order by all the same: the status (the files at rest are a short
     * list), the last contact, the payments' lifetime total, the authorisation's end and the last
     * validation (kept on the file's row and indexed), this year's payments (the ledger's latest
     * year's total, kept on the file's row), the next review and the next validation (kept on the
     * file's row with the rule profile's figures they were computed with).
     */
    public static final java.util.Set<String> KEY_SORTS = java.util.Set.of("status", "lastContactAt", "paymentsLifetime",
            "authorisationEndsAt", "lastValidationAt", "paymentsThisYear", "nextReviewDue", "nextValidationDue");

    /**
     * Whether SQL can find, order and count a page: a sort by a column of the file's row; the
     * filters each a list of ids (status, handler, authorisation, overdue) or a column
     * (compartment); or one of {@link #KEY_SORTS}: every sort. A page still computes every visible
     * file's row where a list is too long to name or a kept value cannot be trusted (docs/performance.md,
     * "At scale").
     */
    public boolean pagesInSql() {
        return ROW_SORTS.contains(sort) || KEY_SORTS.contains(sort);
    }

    /** The rows that pass the filters, in the asked order. */
    public List<RegisterRow> apply(List<RegisterRow> rows, Instant now) {
        // descending is the ascending order reversed, ties included (as SQL orders a page: SourceStore.Order)
        Comparator<RegisterRow> order = SORTS.get(sort).thenComparing(CODE_NAME).thenComparing(RegisterRow::id);
        if (descending) {
            order = order.reversed();
        }
        return rows.stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> compartment == null || compartment.equals(r.compartment()))
                .filter(r -> handler == null || r.handlers().contains(handler))
                .filter(r -> overdue == null || r.overdue() == overdue)
                .filter(r -> authorisation == null || inForce(r, now) == authorisation.equals("IN_FORCE"))
                .sorted(order)
                .toList();
    }

    /** The filters and sort as people read them, for an export's cover. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("status " + status);
        }
        if (compartment != null) {
            parts.add("compartment " + compartment);
        }
        if (handler != null) {
            parts.add("handler " + handler);
        }
        if (overdue != null) {
            parts.add(overdue ? "overdue only" : "not overdue");
        }
        if (authorisation != null) {
            parts.add("authorisation " + authorisation);
        }
        String filters = parts.isEmpty() ? "every file" : String.join(", ", parts);
        return filters + "; sorted by " + sort + (descending ? " (descending)" : "");
    }

    private static boolean inForce(RegisterRow r, Instant now) {
        return r.authorisationGrantedAt() != null && r.authorisationEndsAt() != null && r.authorisationEndsAt().isAfter(now);
    }

    private static <T extends Comparable<? super T>> Comparator<RegisterRow> nullsLast(Function<RegisterRow, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
