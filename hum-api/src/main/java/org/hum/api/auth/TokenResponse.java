package org.hum.api.auth;

import java.time.Instant;
import java.util.List;

/** A short-lived bearer token: send it as {@code Authorization: Bearer <token>}. */
public record TokenResponse(String token, String tokenType, Instant expiresAt, String username, List<String> roles) {
}
