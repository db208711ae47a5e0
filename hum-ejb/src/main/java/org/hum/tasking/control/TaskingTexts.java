package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.source.control.SourceTexts;

/**
 * Encrypts a tasking's limits, risk assessment and cancellation reason under the source file's
 * own data key, bound to table, column and row (the pattern of {@code standing.control.Reasons});
 * decrypts them only for a caller the boundary has checked. A text that no longer opens reads
 * as a notice, never as an error that hides the source's other taskings.
 */
@ApplicationScoped
public class TaskingTexts extends SourceTexts {
}
