package org.hum.rules.control;

import org.hum.access.control.Label;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that falls due on a day the system computed (docs/domain.md, "Lifecycle" 4: nobody
 * types a due date). Features contribute theirs through {@link DeadlineSource}; the
 * scheduled job gathers them into the due and overdue lists of the dashboards.
 *
 * @param objectType  what it concerns: SOURCE, PROSPECT, AUTHORISATION, ...
 * @param objectId    its id (never an identity)
 * @param sourceId    the source file it belongs to; null for a prospect
 * @param kind        stable kind, such as {@code AUTHORISATION_REVIEW}
 * @param summary     what is due, for a person: code names and kinds only, never an identity
 * @param dueOn       the day it falls due (UTC)
 * @param label       the label of the object: who may see this line
 */
public record Deadline(String objectType, String objectId, String sourceId, String kind, String summary,
                       LocalDate dueOn, Label label) {
    public Deadline {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(label, "label");
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
