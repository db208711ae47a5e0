package org.hum.api.source;

import java.time.Instant;

/** A line of the source list: never carries identifying particulars. */
public record SourceSummary(String id, String sourceNumber, String codeName, String compartment,
                            String classification, Instant registeredAt, SourceStatus status) {
}
