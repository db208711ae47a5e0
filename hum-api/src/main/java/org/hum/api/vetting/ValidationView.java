package org.hum.api.vetting;

import java.time.Instant;
import java.util.List;
import org.hum.api.source.AccessKind;
import org.hum.api.source.Motivation;

import java.util.Set;

/**
 * One validation: its findings, its conclusion (null while open) and the dissents beside it.
 * Times are those of the rule clock.
 */
public record ValidationView(
        String id,
        String sourceId,
        ValidationKind kind,
        Instant recordedAt,
        String recordedBy,
        CriminalHistory criminalHistory,
        String criminalHistoryNotes,
        SubjectStatus subjectStatus,
        Set<Motivation> motivations,
        AccessKind access,
        String accessDetails,
        String proofOfExistence,
        ConclusionView conclusion,
        List<DissentView> dissents) {

    public boolean concluded() {
        return conclusion != null;
    }

    @Override
    public String toString() {
        return "ValidationView[id=" + id + ", sourceId=" + sourceId + ", kind=" + kind + ", concluded=" + concluded() + "]";
    }
}
