package org.hum.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Assigning a person to a source: {@code POST /api/sources/{id}/assignments} (controllers).
 * The assignment starts on {@code startsOn} (today when absent; never in the future) and
 * gives the person the true-identity grant until it ends.
 */
public record NewAssignment(
        @NotBlank(message = "is required: the username of the person assigned")
        @Size(max = 64, message = "must be at most 64 characters")
        String username,

        @NotBlank(message = "is required: HANDLER, CO_HANDLER, CONTROLLER or RECORDS_OFFICER")
        @jakarta.validation.constraints.Pattern(regexp = "HANDLER|CO_HANDLER|CONTROLLER|RECORDS_OFFICER",
                message = "must be HANDLER, CO_HANDLER, CONTROLLER or RECORDS_OFFICER")
        String role,

        LocalDate startsOn) {
}
