package org.hum.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One intelligence item obtained at a contact: its text (stored encrypted), its own information
 * grade in the deployment's grading scheme (credibility; and the handling code where the scheme
 * has one), optionally the tasking of the same source it answers (an open one), and the port of
 * entry it concerns (a code of the reference list; when left out, the tasking's port, if any).
 */
public record IntelligenceItemInput(
        @NotBlank(message = "is required: what the source reported (stored encrypted)")
        @Size(max = 20000, message = "must be at most 20000 characters")
        String text,

        @NotBlank(message = "is required: the information credibility grade of this item")
        @Size(max = 2, message = "must be a grade code, such as 2 (NATO/Admiralty) or B (UK)")
        String credibility,

        @Size(max = 2, message = "must be a handling code, such as P or C (UK scheme only)")
        String handling,

        @Size(max = 64, message = "must be a tasking id")
        String taskingId,

        @Size(max = 32, message = "must be a port of entry's code, such as LUKEVILLE")
        String port) {

    @Override
    public String toString() {
        return "IntelligenceItemInput[credibility=" + credibility + ", handling=" + handling + ", taskingId=" + taskingId + ", port=" + port + "]";
    }
}
