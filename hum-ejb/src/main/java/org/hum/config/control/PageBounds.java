package org.hum.config.control;

import org.hum.api.error.HumException;

/** The bounds every paged list checks before it reads: a line to start from, 0 or more, and a page size from 1 to its most. */
public final class PageBounds {
    private PageBounds() {
    }

    /**
     * Refuses (400, naming the field) a negative {@code from} or a {@code size} outside 1 to {@code most}.
     *
     * @param first what line 0 is, for the message ({@code "the newest payment"})
     */
    public static void require(int from, String first, int size, int most) {
        if (from < 0) {
            throw HumException.invalid("from", "must be 0 or more (" + first + " is 0)");
        }
        if (size < 1 || size > most) {
            throw HumException.invalid("size", "must be from 1 to " + most);
        }
    }
}
