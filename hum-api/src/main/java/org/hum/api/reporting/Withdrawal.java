package org.hum.api.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/reports/{id}/withdrawal}: why it is recalled (recorded in the dissemination log). */
public record Withdrawal(
        @NotBlank(message = "is required: why the report is withdrawn")
        @Size(max = 500, message = "must be at most 500 characters")
        String reason) {
}
