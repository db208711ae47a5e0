package org.hum.api.dashboard;

import java.time.Instant;

/** A reviewer's mark that a workspace line was seen, with their note. */
public record WorkspaceMarkView(String by, Instant at, String note) {
}
