package org.hum.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Refusing a two-person request: the reason, in administrative words (never a source's particulars). */
public record Refusal(
        @NotBlank(message = "is required: say why the request is refused")
        @Size(max = 500, message = "must be at most 500 characters")
        String reason) {
}
