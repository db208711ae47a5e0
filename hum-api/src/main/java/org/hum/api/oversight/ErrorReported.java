package org.hum.api.oversight;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * That a relevant error was reported to the oversight body: the day (not before it was found, not
 * after today) and the body's reference for the report, if it gave one.
 */
public record ErrorReported(
        @NotNull(message = "is required: the day the error was reported to the oversight body (YYYY-MM-DD)")
        LocalDate reportedOn,
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "[\\p{Alnum} ./:#_-]*", message = "may hold letters, digits, spaces and . / : # _ - only")
        String reference) {
}
