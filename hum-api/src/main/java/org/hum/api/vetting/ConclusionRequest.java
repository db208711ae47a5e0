package org.hum.api.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's conclusion: {@code POST /api/sources/{id}/validations/{vid}/conclusion}. Final
 * once written; the reasons are stored only encrypted.
 */
public record ConclusionRequest(
        @NotNull(message = "is required: true (suitable) or false (not suitable)")
        Boolean suitable,

        @NotBlank(message = "is required: the written reasons for the conclusion")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String reasons) {

    @Override
    public String toString() {
        return "ConclusionRequest[suitable=" + suitable + ", reasons=***]";
    }
}
