package org.hum.contact.control;

import jakarta.ejb.ApplicationException;
import org.hum.config.control.DatabaseRaces;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A submission lost a race it cannot see from inside its own transaction, and is rolled back so
 * that a new transaction can answer it: another submission under the same idempotency key
 * committed first (the unique key refused this one's row), or InnoDB chose this transaction as a
 * deadlock's victim or timed out its wait for a lock. The boundary runs the submission again (a
 * bounded number of times), where the key's look-up then finds the report already made
 * (docs/architecture.md, "Contact reports under concurrency").
 */
@ApplicationException(rollback = true)
public class SubmissionRaced extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String IDEMPOTENCY_INDEX = "uq_contact_report_idempotency";

    SubmissionRaced(String why) {
        super(why, null, false, false);
    }

    /** The race {@code e} shows, if it is one: a duplicate idempotency key, a deadlock or a lock wait timeout. */
    public static Optional<SubmissionRaced> of(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                if (DatabaseRaces.lostRace(sql)) {
                    return Optional.of(new SubmissionRaced("chosen as a deadlock's victim, or a lock wait timed out"));
                }
                if (sql.getErrorCode() == DatabaseRaces.DUPLICATE_KEY && String.valueOf(sql.getMessage()).contains(IDEMPOTENCY_INDEX)) {
                    return Optional.of(new SubmissionRaced("another submission under the same key committed first"));
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }
}
