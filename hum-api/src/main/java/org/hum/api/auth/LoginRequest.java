package org.hum.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials for {@code POST /api/auth/login}. */
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String username,
        @NotBlank(message = "is required") @Size(max = 256, message = "must be at most 256 characters") String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
