package org.hum.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Granting a user sight of one source's true identity: {@code POST /api/admin/grants}. Only the
 * source's id is needed; the administrator never sees the file. {@code role} is HANDLER,
 * CONTROLLER or RECORDS_OFFICER.
 */
public record NewGrant(
        @NotBlank(message = "is required: the source file's id")
        @Size(max = 64, message = "must be at most 64 characters")
        String sourceId,

        @NotBlank(message = "is required")
        @Size(max = 64, message = "must be at most 64 characters")
        String username,

        @NotBlank(message = "is required: HANDLER, CONTROLLER or RECORDS_OFFICER")
        @Size(max = 32, message = "must be at most 32 characters")
        String role) {
}
