package org.hum.api.tasking;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/taskings}: the source's taskings, newest first.
 *
 * @param mayTask the caller may task this source (a controller, or its handler)
 */
public record SourceTaskings(String sourceId, String codeName, boolean mayTask, List<TaskingView> taskings) {
    public SourceTaskings {
        taskings = taskings == null ? List.of() : List.copyOf(taskings);
    }
}
