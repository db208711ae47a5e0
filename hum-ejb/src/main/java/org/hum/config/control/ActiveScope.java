package org.hum.config.control;

import jakarta.enterprise.context.ContextNotActiveException;

import java.util.function.Supplier;

/**
 * A call on a request- or transaction-scoped bean's proxy that is worth making only while that
 * scope is active: outside it (a timer, start-up, a read outside a transaction) there is nothing to
 * keep or find, and the call is skipped rather than failed. The memos that keep a request's or a
 * transaction's reads use it (docs/performance.md, "Reads once per request, not once per use").
 */
public final class ActiveScope {
    private ActiveScope() {
    }

    /** What {@code read} answers, or null when its scope is not active. */
    public static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Runs {@code write}, or nothing when its scope is not active. */
    public static void ifActive(Runnable write) {
        try {
            write.run();
        } catch (ContextNotActiveException e) {
            // nothing to keep it for
        }
    }
}
