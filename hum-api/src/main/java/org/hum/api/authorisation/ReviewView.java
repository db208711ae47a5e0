package org.hum.api.authorisation;

import java.time.Instant;

/** A recorded review. */
public record ReviewView(String id, Instant reviewedAt, String reviewedBy, String useMade, String tasksGiven,
                         String informationObtained) {
    @Override
    public String toString() {
        return "ReviewView[id=" + id + ", reviewedAt=" + reviewedAt + ", ***]";
    }
}
