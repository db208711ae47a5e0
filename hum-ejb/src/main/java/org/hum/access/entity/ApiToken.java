package org.hum.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A bearer token issued at login, stored as its SHA-256 only. The token names a user, not
 * their rights: roles and compartments are read afresh on every request, so a change takes
 * effect at once.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
    @Id
    @Column(name = "token_hash", length = 32)
    private byte[] tokenHash;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(byte[] tokenHash, String userId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash.clone();
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
