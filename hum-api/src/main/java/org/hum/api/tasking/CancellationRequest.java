package org.hum.api.tasking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling a tasking: {@code POST /api/taskings/{id}/cancellation}. The reason is stored encrypted. */
public record CancellationRequest(
        @NotBlank(message = "is required: why the tasking is cancelled")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String reason) {

    @Override
    public String toString() {
        return "CancellationRequest[***]";
    }
}
