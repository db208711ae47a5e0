package org.hum.api.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/watch-terms} (controllers): a word or phrase no releasable part may contain. Stored encrypted; never logged. */
public record NewWatchTerm(
        @NotBlank(message = "is required: the word or phrase to watch for")
        @Size(min = 2, max = 200, message = "must be 2 to 200 characters")
        String term) {

    @Override
    public String toString() {
        return "NewWatchTerm[***]";
    }
}
