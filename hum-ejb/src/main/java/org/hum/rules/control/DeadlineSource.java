package org.hum.rules.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature that has due dates: validation, authorisation reviews and renewals, OIA
 * notifications, instructions, prospects drifting. Each implementation is an
 * {@code @ApplicationScoped} bean; the scheduled job asks every one of them.
 */
public interface DeadlineSource {

    /** Every open deadline of this feature, due on any day, as seen on {@code today}. */
    List<Deadline> deadlines(LocalDate today);
}
