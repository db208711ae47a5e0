package org.hum.api.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/contact-reports/{id}/corrections}: a correction is a new version of the whole
 * report, with the reason for it (encrypted); the versions before it are kept and shown.
 */
public record CorrectionRequest(
        @NotBlank(message = "is required: why the report is corrected (stored encrypted)")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String reason,

        @NotNull(message = "is required: the corrected report, in full")
        @Valid
        ContactReportRequest report) {

    @Override
    public String toString() {
        return "CorrectionRequest[" + report + "]";
    }
}
