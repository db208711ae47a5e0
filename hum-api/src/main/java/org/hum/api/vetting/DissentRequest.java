package org.hum.api.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A dissent beside a conclusion: {@code POST /api/sources/{id}/validations/{vid}/dissents}. */
public record DissentRequest(
        @NotBlank(message = "is required: the written reasons for the dissent")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String reasons) {

    @Override
    public String toString() {
        return "DissentRequest[reasons=***]";
    }
}
