package org.hum.api.oversight;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A draw of files, as kept for an inspector: the seed, what was asked, how many files the drawer's
 * register held ({@code population}: for the drawer only, null for other readers, since it counts
 * files they may not see), who drew it and when, and each file drawn in the order drawn with its
 * checklist once completed. A sample holding a file the reader may not see is not shown to them.
 */
public record SampleView(
        String id,
        long seed,
        Integer requestedSize,
        Integer requestedPercent,
        Integer population,
        String drawnBy,
        Instant drawnAt,
        int completed,
        List<SampledFile> files) {

    /** A file of the sample; {@code checklist} null until completed. */
    public record SampledFile(int position, String sourceId, String codeName, Checklist checklist) {
    }

    /** {@code passed}: no answer is NO. */
    public record Checklist(Map<ChecklistItem, CheckAnswer> answers, String note, boolean passed, String completedBy,
                            Instant completedAt) {
    }
}
