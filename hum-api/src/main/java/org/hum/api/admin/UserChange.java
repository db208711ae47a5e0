package org.hum.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Changing a user: {@code PATCH /api/admin/users/{username}}. A field left out (or null) stays
 * as it is; a list given replaces the whole set. The change applies to the user's very next
 * request, with any token or session they already hold.
 */
public record UserChange(
        @Size(max = 32, message = "must be at most 32 characters")
        String clearance,

        @Size(min = 1, max = 7, message = "must name 1 to 7 roles")
        List<@NotBlank(message = "must not be blank") String> roles,

        @Size(max = 64, message = "must name at most 64 compartments")
        List<@NotBlank(message = "must not be blank") String> compartments,

        Boolean enabled) {
}
