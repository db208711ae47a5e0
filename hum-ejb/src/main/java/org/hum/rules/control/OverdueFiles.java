package org.hum.rules.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The files with a deadline overdue, as the due list last found them (the dashboards' list,
 * recomputed every minute and at once when the rule clock or profile moves): a port that the due
 * list implements, so that a feature below it (the register's overdue filter) can start from it.
 */
public interface OverdueFiles {

    /**
     * The files with a line due before {@code today}, each with the kinds of its lines so due: at
     * most {@code limit} files; empty when more are (the caller then computes every file).
     */
    java.util.Optional<java.util.Map<String, java.util.Set<String>>> overdueFiles(LocalDate today, int limit);
}
