package org.hum.oversight.control;

import org.hum.api.error.HumException;
import org.hum.api.oversight.RegisterRow;
import org.hum.api.source.SourceStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterQueryTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private static RegisterRow row(String id, String code, SourceStatus status, Instant ends, String paid, boolean overdue,
                                   String handler) {
        return new RegisterRow(id, "N-" + id, code, "COPPER", "SENSITIVE", status, NOW, List.of(handler), List.of(),
                ends == null ? null : NOW.minusSeconds(86_400 * 30), ends, null, null, null, List.of(), null,
                new BigDecimal(paid), new BigDecimal(paid), overdue);
    }

    private static final List<RegisterRow> ROWS = List.of(
            row("1", "KESTREL", SourceStatus.ACTIVE, NOW.plusSeconds(86_400), "10.00", false, "officer1"),
            row("2", "HERON", SourceStatus.DEACTIVATED, null, "500.00", true, "officer2"),
            row("3", "ALBATROSS", SourceStatus.ACTIVE, NOW.minusSeconds(60), "0.00", true, "officer1"));

    private static List<String> ids(RegisterQuery q) {
        return q.apply(ROWS, NOW).stream().map(RegisterRow::id).toList();
    }

    @Test
    void sortsByCodeNameByDefaultAndByAnyColumnEitherWayWithNullsLast() {
        assertEquals(List.of("3", "2", "1"), ids(RegisterQuery.parse(null, null, null, null, null, null)));
        assertEquals(List.of("2", "1", "3"), ids(RegisterQuery.parse(null, null, null, null, null, "-paymentsLifetime")));
        assertEquals(List.of("3", "1", "2"), ids(RegisterQuery.parse(null, null, null, null, null, "authorisationEndsAt")),
                "a file without an authorisation sorts last");
    }

    /**
     * Code names are kept as typed, and the database orders them without regard to case (its
     * collation), spaces and hyphens before digits before letters: the whole computation (an export)
     * orders them the same way, names equal but for case by id, so that its order is every page's.
     */
    @Test
    void codeNamesOrderAsTheDatabaseOrdersThemWithoutRegardToCase() {
        List<RegisterRow> rows = List.of(row("1", "bravo", SourceStatus.ACTIVE, null, "0", false, "officer1"),
                row("2", "ALPHA 2", SourceStatus.ACTIVE, null, "0", false, "officer1"),
                row("3", "Alpha-1", SourceStatus.ACTIVE, null, "0", false, "officer1"),
                row("4", "alpha", SourceStatus.ACTIVE, null, "0", false, "officer1"),
                row("5", "ALPHA", SourceStatus.ACTIVE, null, "0", false, "officer1"),
                row("6", "Charlie", SourceStatus.ACTIVE, null, "0", false, "officer1"),
                row("7", "alpha9", SourceStatus.ACTIVE, null, "0", false, "officer1"));
        List<String> ascending = RegisterQuery.parse(null, null, null, null, null, null).apply(rows, NOW).stream()
                .map(RegisterRow::id).toList();
        assertEquals(List.of("4", "5", "2", "3", "7", "1", "6"), ascending,
                "alpha and ALPHA equal (by id), then ALPHA 2, Alpha-1, alpha9, bravo, Charlie");
        assertEquals(List.of("6", "1", "7", "3", "2", "5", "4"), RegisterQuery.parse(null, null, null, null, null, "-codeName")
                .apply(rows, NOW).stream().map(RegisterRow::id).toList(), "descending: the exact reverse");
        assertEquals(List.of("4", "5", "2", "3", "7", "1", "6"), RegisterQuery.parse(null, null, null, null, null, "paymentsLifetime")
                .apply(rows, NOW).stream().map(RegisterRow::id).toList(), "ties of another sort: the same order");
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("3", "1"), ids(RegisterQuery.parse("active", null, null, null, null, null)));
        assertEquals(List.of("3"), ids(RegisterQuery.parse("ACTIVE", null, "officer1", "true", null, null)));
        assertEquals(List.of("1"), ids(RegisterQuery.parse(null, null, null, null, "IN_FORCE", null)),
                "an authorisation that ended a minute ago is not in force");
        assertEquals(List.of("3", "2"), ids(RegisterQuery.parse(null, null, null, null, "none", null)));
        assertEquals(List.of(), ids(RegisterQuery.parse(null, "mesa", null, null, null, null)));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        HumException e = assertThrows(HumException.class,
                () -> RegisterQuery.parse("LIVE", "no spaces", "a b", "maybe", "LAPSED", "trueName"));
        List<String> fields = e.fieldErrors().stream().map(f -> f.field()).toList();
        assertEquals(List.of("status", "compartment", "handler", "overdue", "authorisation", "sort"), fields);
        assertTrue(e.getMessage().contains("sort must be one of"), e.getMessage());
    }

    @Test
    void describesItselfForAnExportsCover() {
        assertEquals("status ACTIVE, overdue only; sorted by lastContactAt (descending)",
                RegisterQuery.parse("ACTIVE", null, null, "true", null, "-lastContactAt").describe());
        assertEquals("every file; sorted by codeName", RegisterQuery.parse(null, null, null, null, null, null).describe());
    }

    @Test
    void sqlPagesEveryFilterTheSortsByTheFilesOwnColumnsStatusLastContactAndLifetimePayments() {
        assertTrue(RegisterQuery.parse("ACTIVE", "COPPER", "officer1", null, "IN_FORCE", "-sourceNumber").pagesInSql(),
                "status, handler and authorisation are lists of ids, the compartment and source number columns");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "registeredAt").pagesInSql());
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "-compartment").pagesInSql());
        assertTrue(RegisterQuery.parse(null, null, null, "true", null, null).pagesInSql(), "overdue: the due list's files");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "nextReviewDue").pagesInSql(), "a clock: kept per file");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "-nextValidationDue").pagesInSql(), "a clock: kept per file");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "-paymentsThisYear").pagesInSql(),
                "this year's total: the ledger's latest year's kept per file");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "-paymentsLifetime").pagesInSql(), "the lifetime total: kept per file");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "status").pagesInSql(), "the status: the files at rest are a list");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "-lastContactAt").pagesInSql(), "the last contact: kept per file");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "-authorisationEndsAt").pagesInSql(),
                "the authorisation's end: kept per file");
        assertTrue(RegisterQuery.parse(null, null, null, null, null, "lastValidationAt").pagesInSql(),
                "the last validation: kept per file");
    }
}
