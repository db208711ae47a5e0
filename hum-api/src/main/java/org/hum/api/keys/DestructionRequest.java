package org.hum.api.keys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Destroying a source file by crypto-shredding: the reason is required and kept. */
public record DestructionRequest(
        @NotBlank(message = "is required: say why the file is destroyed (for example, the retention period ended)")
        @Size(min = 10, max = 500, message = "must be 10 to 500 characters") String reason) {
}
