package org.hum.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The code name a source carries in one unit; unique within that unit. */
public record UnitCodeName(
        @NotBlank(message = "is required: the unit that uses this code name")
        @Size(max = 64, message = "must be at most 64 characters")
        String unit,

        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{1,63}",
                message = "must be 2 to 64 letters, digits, spaces or hyphens, starting with a letter or digit")
        String codeName) {
}
