package org.hum.keys.control;

import java.util.Map;

/**
 * Fired (synchronously, outside any transaction) when a retired version of a data key past its
 * grace period still has ciphertexts under it: a write that sealed under the old version and
 * committed after the re-encryption. The feature that owns the key moves them to the current
 * version if it can; the janitor counts again before it destroys anything.
 *
 * @param dekId   the data key
 * @param version the retired version
 * @param places  "table.column" to how many envelopes are still under it
 */
public record RetiredKeyStillUsed(String dekId, int version, Map<String, Long> places) {
}
