package org.hum.api.reporting;

import java.time.Instant;

/**
 * A term on the watch list ({@code GET /api/watch-terms}, controllers). The term itself is never
 * stored or shown: only a keyed hash of its normal form and its number of words.
 */
public record WatchTermView(String id, int words, String addedBy, Instant addedAt) {
}
