package org.hum.api.keys;

import java.time.Instant;

/** A destroyed source file: its data keys were erased at {@code destroyedAt}. */
public record Destruction(String sourceId, Instant destroyedAt, int keysDestroyed) {
}
