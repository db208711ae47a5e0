package org.hum.api.prospect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A contact with a prospect: {@code POST /api/prospects/{id}/contacts}. Notes are stored only encrypted. */
public record NewProspectContact(
        @NotNull(message = "is required, as YYYY-MM-DD")
        LocalDate contactOn,

        @NotBlank(message = "is required: MEETING, CALL, MESSAGE or OTHER")
        @Pattern(regexp = "MEETING|CALL|MESSAGE|OTHER", message = "must be MEETING, CALL, MESSAGE or OTHER")
        String method,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String notes) {

    @Override
    public String toString() {
        return "NewProspectContact[" + contactOn + ", " + method + "]";
    }
}
