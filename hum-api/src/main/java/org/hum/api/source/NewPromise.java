package org.hum.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A promise or benefit made to a source by an agency or a prosecutor: {@code POST
 * /api/sources/{id}/promises}, or in the registration. Append-only: never changed afterwards.
 * The description is stored encrypted.
 */
public record NewPromise(
        @NotBlank(message = "is required: the agency or prosecutor that made it")
        @Size(max = 200, message = "must be at most 200 characters")
        String madeBy,

        @NotNull(message = "is required, as YYYY-MM-DD")
        @PastOrPresent(message = "must not be in the future: record a promise once it was made")
        LocalDate madeOn,

        @NotBlank(message = "is required: what was promised or given")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String description) {

    @Override
    public String toString() {
        return "NewPromise[madeBy=" + madeBy + ", madeOn=" + madeOn + "]";
    }
}
