package org.hum.login.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A user's TOTP secret: a field-cipher envelope under a data key of its own, never the secret
 * itself. Pending until the user has typed a first correct code; the last step used is kept so
 * that a code works once.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {
    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "secret", nullable = false)
    private byte[] secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected SecondFactor() {
    }

    public SecondFactor(String userId, byte[] secret, Instant createdAt) {
        this.userId = userId;
        this.secret = secret.clone();
        this.createdAt = createdAt;
        this.lastStep = -1;
    }

    public String userId() {
        return userId;
    }

    public byte[] secret() {
        return secret.clone();
    }

    public void replace(byte[] secret, Instant at) {
        this.secret = secret.clone();
        this.createdAt = at;
        this.confirmedAt = null;
        this.lastStep = -1;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public void confirm(Instant at) {
        this.confirmedAt = at;
    }

    public long lastStep() {
        return lastStep;
    }

    public void used(long step) {
        this.lastStep = step;
    }
}
