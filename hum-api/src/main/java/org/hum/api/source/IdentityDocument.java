package org.hum.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An identity document (passport, national identity card, driving licence...): stored only
 * encrypted, and indexed blind so that a deconfliction check on its number finds the file.
 */
public record IdentityDocument(
        @NotBlank(message = "is required: passport, national id card, driving licence...")
        @Size(max = 40, message = "must be at most 40 characters")
        String type,

        @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be the issuing country's ISO 3166 code, 2 or 3 letters")
        String country,

        @NotBlank(message = "is required")
        @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = ".*[A-Za-z0-9].*", message = "must contain letters or digits")
        String number) {

    @Override
    public String toString() {
        return "IdentityDocument[***]";
    }
}
