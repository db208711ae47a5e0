package org.hum.rules.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files with a deadline overdue, as the due list last found them (the dashboards' list,
 * recomputed every minute and at once when the rule clock or profile moves): a port that the due
 * list implements, so that a feature below it (the register's overdue filter) can start from it.
 */
public interface OverdueFiles {

    /**
     * The files with a line due before {@code today}, each with the kinds of its lines so due, the
     * lines of {@code kindsLeftOut} not read: at most {@code limit} files; empty when more are (the
     * caller then names them by {@link #overdueQuery}).
     */
    Optional<Map<String, Set<String>>> overdueFiles(LocalDate today, int limit, Set<String> kindsLeftOut);

    /**
     * The same files as {@link #overdueFiles}, however many, as a query on the list's own lines: as
     * of the list's last run, for a statement that cannot carry them by id (docs/performance.md,
     * "The overdue filter past 5,000 files").
     */
    FileQuery overdueQuery(LocalDate today, Set<String> kindsLeftOut);
}
