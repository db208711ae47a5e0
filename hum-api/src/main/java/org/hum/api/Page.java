package org.hum.api;

import java.util.List;

/**
 * One page of a list the caller may see. {@code total} counts only what the caller may see:
 * hidden objects change no count and no page. Where {@code totalAtLeast} is true, counting
 * stopped at {@code total}: there are that many or more (a list that grows without bound, such
 * as the audit trail, is not counted to its end for every page).
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalAtLeast) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** A page of a list counted to its end. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
