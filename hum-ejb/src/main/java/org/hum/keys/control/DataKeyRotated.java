package org.hum.keys.control;

import org.hum.crypto.control.DataKey;

/**
 * Fired (synchronously, inside the re-encrypting transaction) when a source file's fields move
 * to a new version of its data key. Features that keep their own texts under the file's key
 * (validation findings, contact narratives...) observe it and re-encrypt theirs in the same
 * transaction, before the old version is retired and, after the grace period, destroyed. An
 * observer that fails makes the rotation fail, and the file stays readable under its old key.
 *
 * @param sourceId the file
 * @param next     the new version, which every field of the file must use from now on
 */
public record DataKeyRotated(String sourceId, DataKey next) {
}
