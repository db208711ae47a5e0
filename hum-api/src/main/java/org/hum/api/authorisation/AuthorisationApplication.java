package org.hum.api.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * Applying for an authorisation: {@code POST /api/sources/{id}/authorisations}. Every text is
 * stored encrypted with the source file's key.
 */
public record AuthorisationApplication(
        @NotNull(message = "is required: STANDARD or URGENT_ORAL")
        AuthorisationKind kind,

        @NotBlank(message = "is required: why the use of the source is necessary")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String necessity,

        @NotBlank(message = "is required: why the use is proportionate to what it seeks to achieve")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String proportionality,

        @NotBlank(message = "is required: the nature of the tasks the source will be given")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String tasks,

        @NotBlank(message = "is required: the collateral intrusion likely, and how it is minimised (write 'none foreseen' if so)")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String collateralIntrusion,

        @NotBlank(message = "is required: whether confidential information is likely to be obtained (write 'none likely' if so)")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String confidentialInformation,

        /** The activities it authorises beyond the base set (REPORT_OBSERVED, ELICIT_INFORMATION); may be left out. */
        Set<@NotNull(message = "must name activities, not null") AuthorisedActivity> activities) {

    @Override
    public String toString() {
        return "AuthorisationApplication[kind=" + kind + ", activities=" + activities + ", ***]";
    }
}
