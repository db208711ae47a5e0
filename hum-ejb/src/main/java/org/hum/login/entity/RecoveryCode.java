package org.hum.login.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One single-use recovery code of a user, kept as its hash only; used once, then kept as used. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = RecoveryCode.UNUSED, query = "select r from RecoveryCode r where r.userId = :userId and r.usedAt is null")
@NamedQuery(name = RecoveryCode.DELETE_ALL, query = "delete from RecoveryCode r where r.userId = :userId")
public class RecoveryCode {
    public static final String UNUSED = "RecoveryCode.unused";
    public static final String DELETE_ALL = "RecoveryCode.deleteAll";

    @Id
    @Column(name = "code_hash", length = 32)
    private byte[] codeHash;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(byte[] codeHash, String userId, Instant createdAt) {
        this.codeHash = codeHash.clone();
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public byte[] codeHash() {
        return codeHash.clone();
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
