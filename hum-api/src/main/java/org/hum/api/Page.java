package org.hum.api;

import java.util.List;

/**
 * One page of a list the caller may see. {@code total} counts only what the caller may see:
 * hidden objects change no count and no page.
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
}
