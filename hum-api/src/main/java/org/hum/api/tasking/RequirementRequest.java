package org.hum.api.tasking;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new intelligence requirement: {@code POST /api/requirements}. Only users cleared for its
 * compartment see it. {@code ports}: the codes of the ports of entry it concerns, if any.
 */
public record RequirementRequest(
        @NotBlank(message = "is required: what the requirement seeks, in a line")
        @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @NotNull(message = "is required: CRITICAL, HIGH, MEDIUM or LOW")
        Priority priority,

        @NotBlank(message = "is required: the username of the person who owns the requirement")
        @Size(max = 64, message = "must be at most 64 characters")
        String owner,

        @NotBlank(message = "is required: the compartment the requirement belongs to, such as COPPER")
        @Size(max = 32, message = "must be at most 32 characters")
        String compartment,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String description,
        @Size(max = 30, message = "must name at most 30 ports of entry")
        List<String> ports) {
}
