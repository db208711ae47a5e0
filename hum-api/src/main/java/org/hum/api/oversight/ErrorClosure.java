package org.hum.api.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The closing of a reported relevant error: what was done about it (stored encrypted under the file's key). */
public record ErrorClosure(
        @NotBlank(message = "is required: what was done about the error")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String note) {

    @Override
    public String toString() {
        return "ErrorClosure[***]";
    }
}
