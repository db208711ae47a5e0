package org.hum.api.vetting;

import java.time.Instant;

/** A validation's conclusion, as a person who may see the file reads it. */
public record ConclusionView(boolean suitable, String reasons, String concludedBy, Instant concludedAt) {
    @Override
    public String toString() {
        return "ConclusionView[suitable=" + suitable + ", concludedBy=" + concludedBy + ", concludedAt=" + concludedAt + "]";
    }
}
