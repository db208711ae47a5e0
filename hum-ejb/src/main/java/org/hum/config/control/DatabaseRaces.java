package org.hum.config.control;

import java.sql.SQLException;

/**
 * The database's answers that mean "this transaction lost a race; run it again": InnoDB chose it
 * as a deadlock's victim (error 1213) and rolled it back whole. A boundary that may meet one
 * runs its transaction again a bounded number of times (docs/architecture.md, "Contact reports
 * under concurrency"); nothing of the victim was written.
 */
public final class DatabaseRaces {
    public static final int DEADLOCK = 1213;
    /** How often a transaction is run again after losing a deadlock, at most. */
    public static final int RETRIES = 3;

    private DatabaseRaces() {
    }

    /** Whether {@code e}, or one of its causes, is InnoDB rolling the transaction back as a deadlock's victim. */
    public static boolean deadlockVictim(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getErrorCode() == DEADLOCK) {
                return true;
            }
        }
        return false;
    }
}
