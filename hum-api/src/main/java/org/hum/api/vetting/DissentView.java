package org.hum.api.vetting;

import java.time.Instant;

/** A dissent recorded beside a conclusion. */
public record DissentView(String id, String reasons, String dissentBy, Instant recordedAt) {
    @Override
    public String toString() {
        return "DissentView[id=" + id + ", dissentBy=" + dissentBy + ", recordedAt=" + recordedAt + "]";
    }
}
