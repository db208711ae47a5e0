package org.hum.config.control;

import java.sql.SQLException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The database's answers that mean "this transaction lost a race; run it again": InnoDB chose it
 * as a deadlock's victim (error 1213) and rolled it back whole, or it waited for a row lock longer
 * than the server allows (error 1205; the container then rolls the whole transaction back). A
 * boundary that may meet one runs its transaction again, a bounded number of times, through
 * {@link #retried} (docs/architecture.md, "Contact reports under concurrency"); nothing of the
 * loser was written. The retry is never an interceptor: an interceptor runs inside the
 * transaction it would have to repeat, so the boundary calls itself through the container
 * instead, outside a transaction, once per attempt.
 */
public final class DatabaseRaces {
    public static final int DEADLOCK = 1213;
    public static final int LOCK_WAIT_TIMEOUT = 1205;
    public static final int DUPLICATE_KEY = 1062;
    /** How often a transaction is run again after losing a race, at most. */
    public static final int RETRIES = 3;

    private DatabaseRaces() {
    }

    /** Whether {@code e}, or one of its causes, is the database rolling the transaction back as a race's loser. */
    public static boolean lostRace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e}, or one of its causes, is a unique key refusing a row (error 1062). */
    public static boolean duplicateKey(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code once} (a call through the container that starts and ends its own transaction)
     * and, while it fails with a lost race, again, at most {@link #RETRIES} more times; the last
     * failure, or any other, is thrown as it came.
     */
    public static <T> T retried(Supplier<T> once) {
        return retried(once, DatabaseRaces::lostRace);
    }

    /** {@link #retried(Supplier)}, where {@code raced} also names a feature's own losing answers. */
    public static <T> T retried(Supplier<T> once, Predicate<RuntimeException> raced) {
        for (int attempt = 0; ; attempt++) {
            try {
                return once.get();
            } catch (RuntimeException e) {
                if (attempt >= RETRIES || !raced.test(e)) {
                    throw e;
                }
            }
        }
    }
}
