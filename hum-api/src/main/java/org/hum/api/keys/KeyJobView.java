package org.hum.api.keys;

import java.time.Instant;

/** Background key work and how far it has got: {@code done} of {@code total}, state QUEUED, RUNNING, DONE or FAILED. */
public record KeyJobView(String id, String kind, String subjectId, String state, int total, int done,
                         Instant requestedAt, Instant finishedAt, String detail) {
}
