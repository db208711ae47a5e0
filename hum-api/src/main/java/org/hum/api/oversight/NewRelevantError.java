package org.hum.api.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A relevant error as a reviewer records it: the file it concerns, what kind, the day it was found
 * (not after today, not before the file was registered) and what happened (stored encrypted under
 * the file's key: it may name the source's circumstances).
 */
public record NewRelevantError(
        @NotBlank(message = "is required: the id of the source file the error concerns")
        @Size(max = 36, message = "must be a file id (36 characters)")
        String sourceId,
        @NotNull(message = "is required: ACTIVITY_WITHOUT_AUTHORISATION, PAYMENT_RULE_BROKEN, LAPSED_AUTHORISATION_USED, "
                + "VALIDATION_OR_REVIEW_MISSED, IDENTITY_DISCLOSED or OTHER")
        ErrorKind kind,
        @NotNull(message = "is required: the day the error was found (YYYY-MM-DD)")
        LocalDate foundOn,
        @NotBlank(message = "is required: what happened, for the oversight body")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String description) {

    @Override
    public String toString() {
        return "NewRelevantError[sourceId=" + sourceId + ", kind=" + kind + ", foundOn=" + foundOn + ", description=***]";
    }
}
