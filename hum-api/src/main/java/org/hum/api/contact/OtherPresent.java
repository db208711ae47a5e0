package org.hum.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Someone present at a contact who is not a user: their role, and a description (stored
 * encrypted under the source file's key).
 */
public record OtherPresent(
        @NotNull(message = "is required: APPROPRIATE_ADULT, INTERPRETER or OTHER")
        PresentRole role,

        @NotBlank(message = "is required: who they are (stored encrypted)")
        @Size(max = 500, message = "must be at most 500 characters")
        String description) {

    @Override
    public String toString() {
        return "OtherPresent[role=" + role + "]";
    }
}
