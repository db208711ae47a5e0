package org.hum.api.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The source's acknowledgment of an OIA authorisation, or of its instructions, made before a
 * witness: a user other than the one recording it. {@code sourceAcknowledged} must be true.
 */
public record WitnessRequest(
        @NotBlank(message = "is required: the username of the witness, another user than you")
        @Size(max = 64, message = "must be at most 64 characters")
        String witness,

        Boolean sourceAcknowledged) {
}
