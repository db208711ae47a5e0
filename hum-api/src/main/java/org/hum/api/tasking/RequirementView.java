package org.hum.api.tasking;

import java.time.Instant;
import java.util.List;

/**
 * An intelligence requirement as the caller may see it.
 *
 * @param openTaskings how many open taskings (issued, acknowledged, in progress) answer it, among
 *                     the source files the caller may see: the source coverage of the requirement
 */
public record RequirementView(String id, String reference, String title, String description, Priority priority,
                              String owner, String compartment, RequirementStatus status, Instant createdAt,
                              String createdBy, Instant closedAt, String closedBy, long openTaskings,
                              List<String> ports) {
}
