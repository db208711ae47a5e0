package org.hum.api.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Granting an otherwise-illegal-activity authorisation: {@code POST /api/sources/{id}/oia}.
 * Specific (the conduct described in at least 40 characters), prospective (startsOn today or
 * later), and at most the profile's oiaMaxDays, counting both startsOn and endsOn.
 */
public record OiaRequest(
        @NotBlank(message = "is required: describe the specific conduct authorised")
        @Size(min = 40, max = 4000, message = "must describe the specific conduct in 40 to 4000 characters: what, where, with whom, and its limits")
        String conduct,

        @NotNull(message = "is required, as YYYY-MM-DD: today or later")
        LocalDate startsOn,

        @NotNull(message = "is required, as YYYY-MM-DD: on or after startsOn")
        LocalDate endsOn) {

    @Override
    public String toString() {
        return "OiaRequest[startsOn=" + startsOn + ", endsOn=" + endsOn + ", ***]";
    }
}
