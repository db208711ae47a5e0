package org.hum.api.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * Applying to amend an authorisation in force so that it covers more activities:
 * {@code POST /api/authorisations/{id}/amendments}. The reason is stored encrypted.
 */
public record AmendmentRequest(
        @NotEmpty(message = "is required: the activities to add, such as [\"CONSENSUAL_RECORDING\"]")
        Set<@NotNull(message = "must name activities, not null") AuthorisedActivity> activities,

        @NotBlank(message = "is required: why the source's use must now include these activities")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String reason) {

    @Override
    public String toString() {
        return "AmendmentRequest[activities=" + activities + ", ***]";
    }
}
