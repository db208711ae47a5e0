package org.hum.api.deconfliction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A deconfliction check: {@code POST /api/deconfliction/checks}. It states its purpose
 * ({@code PROSPECT}: a person the officer is cultivating; {@code REGISTRATION}: a registration
 * the officer is preparing) and rests on an open prospect the officer recorded or met
 * ({@code prospectId}). At least one identifier; a true name only together with a date of birth;
 * a phone number in international form (with its {@code +} and country code). The values are
 * compared, never stored.
 */
public record DeconflictionCheck(
        @NotBlank(message = "is required: PROSPECT or REGISTRATION, why you check this person")
        @Pattern(regexp = "PROSPECT|REGISTRATION", message = "must be PROSPECT or REGISTRATION")
        String purpose,

        @NotBlank(message = "is required: the id of your open prospect this check is for")
        @Size(max = 64, message = "must be at most 64 characters")
        String prospectId,

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

    /** The identifiers only, without purpose and prospect (tests, callers that add them later). */
    public static DeconflictionCheck of(String trueName, LocalDate dateOfBirth, String phoneNumber, String documentNumber,
                                        String documentCountry) {
        return new DeconflictionCheck(null, null, trueName, dateOfBirth, phoneNumber, documentNumber, documentCountry);
    }

    /** Never print the identifiers. */
    @Override
    public String toString() {
        return "DeconflictionCheck[" + purpose + ", ***]";
    }
}
