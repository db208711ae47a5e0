package org.hum.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Credentials for {@code POST /api/auth/login}: {@code code} is the six-digit code of the user's
 * authenticator, or one of their unused recovery codes, for an account with a second factor
 * (docs/api.md, "Second factor").
 */
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String username,
        @NotBlank(message = "is required") @Size(max = 256, message = "must be at most 256 characters") String password,
        @Size(max = 64, message = "must be at most 64 characters") String code) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***, code=***]";
    }
}
