package org.hum.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Creating a user: {@code POST /api/admin/users}. The clearance is a level name from the
 * configured list, roles are {@link org.hum.api.Role} names, compartments are existing
 * compartment codes. The initial password is hashed (Argon2id) and never stored or shown.
 */
public record NewUser(
        @NotBlank(message = "is required")
        @Pattern(regexp = USERNAME, message = USERNAME_RULE)
        String username,

        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String displayName,

        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 _-]{0,63}",
                message = "must be 1 to 64 letters, digits, spaces, hyphens or underscores")
        String unit,

        @NotBlank(message = "is required: a classification level name")
        @Size(max = 32, message = "must be at most 32 characters")
        String clearance,

        @NotNull(message = "is required: a list of role names")
        @Size(min = 1, max = 7, message = "must name 1 to 7 roles")
        List<@NotBlank(message = "must not be blank") String> roles,

        @Size(max = 64, message = "must name at most 64 compartments")
        List<@NotBlank(message = "must not be blank") String> compartments,

        @NotNull(message = "is required")
        @Size(min = 12, max = 256, message = "must be 12 to 256 characters")
        String password) {

    public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}";
    public static final String USERNAME_RULE =
            "must be 3 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit";

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", clearance=" + clearance + ", roles=" + roles
                + ", compartments=" + compartments + ", password=***]";
    }
}
