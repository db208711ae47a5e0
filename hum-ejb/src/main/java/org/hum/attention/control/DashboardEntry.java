package org.hum.attention.control;

import org.hum.access.control.Label;
import org.hum.api.dashboard.FileLink;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a {@link DashboardSection}.
 *
 * @param kind       stable kind, such as {@code TASKING_OVERDUE}
 * @param objectType what it concerns: TASKING, CONTACT_REPORT, PAYMENT...
 * @param objectId   its id (never an identity)
 * @param sourceId   the source file it belongs to; null for a line about no file (in a COMPLIANCE or
 *                   SUPERVISION section only: a HANDLER line is always of a file the caller handles)
 * @param summary    for a person: code names, kinds, amounts; never an identity or a narrative
 * @param on         the day it concerns (due, raised, paid); may be null
 * @param target     the file page that deals with it (the web tier makes it a link); may be null
 * @param label      the source file's label: who may see this line
 */
public record DashboardEntry(String kind, String objectType, String objectId, String sourceId, String summary,
                             LocalDate on, FileLink target, Label label) {
    public DashboardEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(label, "label");
    }
}
