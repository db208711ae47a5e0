package org.hum.api.oversight;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A sampled file's completed checklist: an answer to every {@link ChecklistItem}, and a note
 * (stored encrypted under the file's key) that is required when any answer is NO.
 */
public record ChecklistAnswers(
        @NotNull(message = "is required: an answer (YES, NO or NOT_APPLICABLE) to every item of the checklist")
        Map<ChecklistItem, CheckAnswer> answers,
        @Size(max = 4000, message = "must be at most 4000 characters")
        String note) {

    @Override
    public String toString() {
        return "ChecklistAnswers[answers=" + answers + ", note=***]";
    }
}
