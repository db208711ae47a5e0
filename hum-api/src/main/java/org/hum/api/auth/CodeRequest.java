package org.hum.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A current code of the caller's authenticator, for {@code POST /api/auth/second-factor/recovery-codes}. */
public record CodeRequest(@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String code) {
    @Override
    public String toString() {
        return "CodeRequest[code=***]";
    }
}
