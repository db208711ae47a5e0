package org.hum.api.source;

import java.time.LocalDate;

/** Who acted for a source, in which role, for which period ({@code endedOn} null: still acting). */
public record AssignmentView(String id, String username, AssignmentRole role, LocalDate startedOn, LocalDate endedOn,
                             String assignedBy) {
}
