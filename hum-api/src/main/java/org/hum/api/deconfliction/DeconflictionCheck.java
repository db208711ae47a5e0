package org.hum.api.deconfliction;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A deconfliction check: {@code POST /api/deconfliction/checks}. At least one identifier;
 * a true name only together with a date of birth; a phone number in international form
 * (with its {@code +} and country code). The values are compared, never stored.
 */
public record DeconflictionCheck(
        @Size(max = 200, message = "must be at most 200 characters")
        String trueName,

        @Past(message = "must be in the past")
        LocalDate dateOfBirth,

        @Size(max = 32, message = "must be at most 32 characters")
        String phoneNumber,

        @Size(max = 64, message = "must be at most 64 characters")
        String documentNumber,

        @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be the issuing country's ISO 3166 code, 2 or 3 letters")
        String documentCountry) {

    /** Never print the identifiers. */
    @Override
    public String toString() {
        return "DeconflictionCheck[***]";
    }
}
