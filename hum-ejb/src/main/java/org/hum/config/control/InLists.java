package org.hum.config.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids asked for in a statement's {@code IN} list, at most {@value #SIZE} to a statement: a list
 * of a caseload or of an installation's files is read in as many statements as it takes, never
 * in one that outgrows the driver's or the server's limits.
 */
public final class InLists {
    public static final int SIZE = 500;

    private InLists() {
    }

    /** The ids in order, {@value #SIZE} at most to a part. */
    public static <T> List<List<T>> chunks(Collection<T> ids) {
        return parts(ids, SIZE);
    }

    /**
     * At most this many ids to a native statement's {@code IN} list. EclipseLink looks each
     * positional parameter of a native statement up in the list of them, so binding n of them
     * costs n * n: 2,000 ids in parts of 500 spent most of a register page's time there (a flight
     * recording of the overdue filter, docs/performance.md, "At scale").
     */
    public static final int NATIVE_SIZE = 100;

    /** The ids in order, {@value #NATIVE_SIZE} at most to a part: for a native statement's {@link #marks}. */
    public static <T> List<List<T>> nativeChunks(Collection<T> ids) {
        return parts(ids, NATIVE_SIZE);
    }

    /**
     * At most this many ids to one {@code IN} list of a statement that names them all in several
     * lists (the register's page, which leaves out or keeps a list of files). MariaDB turns a list of
     * 1,000 values or more into a subquery ({@code in_predicate_conversion_threshold}), and each
     * further list costs every row read about what a long one does: 2,000 ids left out of a far
     * page of 100,000 files took 202 ms in twenty lists of 100, 134 ms in one of 2,000, 58 ms in
     * three of at most 999 and 24 ms with none (docs/performance.md, "At scale").
     */
    public static final int STATEMENT_LIST_SIZE = 999;

    /** The ids in order, {@value #STATEMENT_LIST_SIZE} at most to a part: the lists of one statement. */
    public static <T> List<List<T>> statementLists(Collection<T> ids) {
        return parts(ids, STATEMENT_LIST_SIZE);
    }

    /**
     * At most this many ids to one {@code IN} list that keeps the files listed (not one that leaves
     * them out), and to a count of them. MariaDB turns a list of 1,000 values or more into a table it
     * joins by primary key; several shorter lists joined by {@code or} it reads as ranges instead,
     * and for a page it then prefers to walk an ordered index past every file and test each against
     * the lists: 2,002 overdue files in three lists took 117 ms for a page of the register at 100,000
     * files, in one list 16 ms; their count in parts of 500, 11 ms a part, in one statement 13 ms
     * (docs/performance.md, "At scale"). The register's lists hold at most 5,000 ids.
     */
    public static final int KEPT_LIST_SIZE = 5_000;

    /** The ids in order, {@value #KEPT_LIST_SIZE} at most to a part: the lists of ids a statement keeps. */
    public static <T> List<List<T>> keptLists(Collection<T> ids) {
        return parts(ids, KEPT_LIST_SIZE);
    }

    private static <T> List<List<T>> parts(Collection<T> ids, int size) {
        List<T> all = List.copyOf(ids);
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            out.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return out;
    }

    /** {@code ?,?,?} for a native statement's {@code IN} list of {@code n} values. */
    public static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
