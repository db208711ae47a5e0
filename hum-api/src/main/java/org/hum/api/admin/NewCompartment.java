package org.hum.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating a compartment: {@code POST /api/admin/compartments}. */
public record NewCompartment(
        @NotNull(message = "is required")
        @Pattern(regexp = CODE, message = CODE_RULE)
        String code,

        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String name) {

    public static final String CODE = "[A-Z][A-Z0-9-]{1,31}";
    public static final String CODE_RULE =
            "must be 2 to 32 capital letters, digits or hyphens, starting with a letter (for example COPPER)";
}
