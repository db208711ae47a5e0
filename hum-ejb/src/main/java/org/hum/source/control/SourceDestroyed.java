package org.hum.source.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired (synchronously, inside the destroying transaction) when a source file is shredded,
 * after the file is marked destroyed and its destruction audited. Features that keep something
 * that finds or names the same person outside the file's own key (the blind indexes, the prospect
 * it was registered from) observe it and forget theirs in the same transaction. A data key an
 * observer wants erased with the file's is handed back ({@link #erase(String)}): the keys are
 * erased last, after every record is written, so a failure before that changes nothing.
 *
 * @param sourceId the file
 */
public record SourceDestroyed(String sourceId, List<String> dataKeysToErase) {
    public SourceDestroyed(String sourceId) {
        this(sourceId, new ArrayList<>());
    }

    /** Erase this data key (every version) together with the file's. */
    public void erase(String dekId) {
        dataKeysToErase.add(dekId);
    }
}
