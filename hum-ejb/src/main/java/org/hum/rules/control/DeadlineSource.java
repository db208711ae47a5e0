package org.hum.rules.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A feature that has due dates: validation, authorisation reviews and renewals, OIA
 * notifications, instructions, prospects drifting. Each implementation is an
 * {@code @ApplicationScoped} bean; the scheduled job asks every one of them.
 */
public interface DeadlineSource {

    /** Every open deadline of this feature, due on any day, as seen on {@code today}. */
    List<Deadline> deadlines(LocalDate today);

    /**
     * Whether this feature gives deadlines of this kind ({@link Deadline#kind()}): the register's
     * overdue filter asks a feature again only about the files the due list found overdue on one
     * of its kinds. By default every kind, so a feature that does not say is always asked.
     */
    default boolean gives(String kind) {
        return true;
    }

    /**
     * The open deadlines of these files only, as {@link #deadlines} would give them: for a page of
     * the register. By default every deadline, filtered; a feature whose deadlines rest on many
     * files computes only those asked for (docs/performance.md, "At scale").
     */
    default List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        return deadlines(today).stream().filter(d -> d.sourceId() != null && sourceIds.contains(d.sourceId())).toList();
    }

    /**
     * The files with a deadline of this feature due before {@code today}, as a query the database
     * answers itself on an index, without the due list: the register's overdue filter uses it as a
     * subquery, however many files it names. Empty when the feature cannot say so cheaply; the
     * filter then asks it about the files the due list last found overdue ({@link #deadlinesOf};
     * docs/performance.md, "At scale").
     */
    default Optional<FileQuery> overdueNow(LocalDate today) {
        return Optional.empty();
    }

    /**
     * The kinds of deadline {@link #overdueNow} answers for whole: the due list's lines of these
     * kinds need not be read for the register's overdue filter. None by default.
     */
    default Set<String> kindsFoundNow() {
        return Set.of();
    }
}
