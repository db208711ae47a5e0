package org.hum.api.source;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded promise; {@code description} is null for a viewer without the true-identity grant. */
public record PromiseView(String id, String madeBy, LocalDate madeOn, String description, String recordedBy,
                          Instant recordedAt) {
    @Override
    public String toString() {
        return "PromiseView[" + id + "]";
    }
}
