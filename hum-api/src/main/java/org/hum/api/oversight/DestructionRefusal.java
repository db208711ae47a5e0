package org.hum.api.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The refusal of a destruction request: the reason is required and kept with the request. */
public record DestructionRefusal(
        @NotBlank(message = "is required: say why the file is kept")
        @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
