package org.hum.api.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A port of entry to add ({@code POST /api/ports-of-entry}) or change ({@code PUT .../{code}}, where
 * {@code code} is ignored and every other field left null keeps its value).
 *
 * @param code     upper case letters, digits and underscores, such as {@code LUKEVILLE}; never changes
 * @param state    the US state's two letters
 * @param position where it sits west to east (lower is further west)
 * @param retired  for a change: true to retire the port, false to bring it back
 */
public record PortRequest(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be 2 to 32 upper case letters, digits or underscores, such as LUKEVILLE")
        String code,
        @Size(min = 2, max = 80, message = "must be 2 to 80 characters") String name,
        @Pattern(regexp = "[A-Z]{2}", message = "must be the state's two capital letters, such as AZ") String state,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 100000, message = "must be at most 100000") Integer position,
        Boolean retired) {
}
