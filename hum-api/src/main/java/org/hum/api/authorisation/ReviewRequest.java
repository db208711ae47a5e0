package org.hum.api.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A review of an authorisation: {@code POST /api/authorisations/{id}/reviews}: the use made
 * of the source, the tasks given and the information obtained. A renewal needs one within the
 * current term.
 */
public record ReviewRequest(
        @NotBlank(message = "is required: the use made of the source since the last review")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String useMade,

        @NotBlank(message = "is required: the tasks given")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String tasksGiven,

        @NotBlank(message = "is required: the information obtained")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String informationObtained) {

    @Override
    public String toString() {
        return "ReviewRequest[***]";
    }
}
