package org.hum.keys.control;

import org.hum.crypto.control.DataKey;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fired (synchronously, inside the re-encrypting transaction) when a source file's fields move
 * to a new version of its data key. Features that keep their own texts under the file's key
 * (validation findings, authorisation texts...) observe it and re-encrypt theirs in the same
 * transaction, before the old version is retired and, after the grace period, destroyed. An
 * observer that fails makes the rotation fail, and the file stays readable under its old key.
 * Each observer reports how many envelopes it re-encrypted ({@link #reencrypted(int)}), so the
 * rotation job's figures count what was done.
 *
 * @param sourceId the file
 * @param next     the new version, which every field of the file must use from now on
 * @param counted  envelopes re-encrypted by the observers so far
 */
public record DataKeyRotated(String sourceId, DataKey next, AtomicInteger counted) {
    public DataKeyRotated(String sourceId, DataKey next) {
        this(sourceId, next, new AtomicInteger());
    }

    /** An observer re-encrypted {@code envelopes} texts of the file. */
    public void reencrypted(int envelopes) {
        counted.addAndGet(envelopes);
    }

    /** How many envelopes the observers re-encrypted. */
    public int envelopes() {
        return counted.get();
    }
}
