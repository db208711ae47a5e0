package org.hum.reporting.control;

import java.time.Instant;

/**
 * Fired inside the release's own transaction once a version is released, so that what carries
 * releases to partners (docs/domain.md, "The partner exchange") commits or rolls back with it.
 */
public record ReportReleased(String versionId, String actorId, Instant at) {
}
