package org.hum.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Registering a source: {@code POST /api/sources}. The true name, date of birth and phone
 * number are stored only encrypted; the code name is what everyone else sees.
 */
public record SourceRegistration(
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{1,63}",
                message = "must be 2 to 64 letters, digits, spaces or hyphens, starting with a letter or digit")
        String codeName,

        @NotBlank(message = "is required: one of your compartments")
        @Size(max = 32, message = "must be at most 32 characters")
        String compartment,

        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String trueName,

        @NotNull(message = "is required, as YYYY-MM-DD")
        @Past(message = "must be in the past")
        LocalDate dateOfBirth,

        @NotBlank(message = "is required")
        @Pattern(regexp = "\\+?[0-9][0-9 ().-]{5,30}",
                message = "must be a phone number: digits, optionally a leading +, spaces, dots, hyphens or brackets (6 to 31 characters)")
        String phoneNumber,

        @Size(max = 32, message = "must be at most 32 characters")
        String classification,

        @jakarta.validation.Valid
        Particulars particulars,

        @Size(max = 64, message = "must be at most 64 characters")
        String prospectId) {

    /**
     * A registration with the true identity only. A factory, not a constructor: JSON-B needs a
     * record to have just its canonical constructor.
     */
    public static SourceRegistration of(String codeName, String compartment, String trueName, LocalDate dateOfBirth,
                                        String phoneNumber, String classification) {
        return new SourceRegistration(codeName, compartment, trueName, dateOfBirth, phoneNumber, classification, null, null);
    }

    /** Never print the identifying particulars. */
    @Override
    public String toString() {
        return "SourceRegistration[codeName=" + codeName + ", compartment=" + compartment + ", classification="
                + classification + ", prospectId=" + prospectId + "]";
    }
}
