package org.hum.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A per-source grant to see the true identity: held by the source's handler, controller or
 * records officer. Seeing the file is not enough to see who the source is.
 */
@Entity
@Table(name = "identity_grant")
@IdClass(IdentityGrant.Key.class)
public class IdentityGrant {
    public enum GrantRole { HANDLER, CONTROLLER, RECORDS_OFFICER }

    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "grant_role", nullable = false, length = 32)
    private String grantRole;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 36)
    private String grantedBy;

    protected IdentityGrant() {
    }

    public IdentityGrant(String sourceId, String userId, GrantRole role, Instant grantedAt, String grantedBy) {
        this.sourceId = sourceId;
        this.userId = userId;
        this.grantRole = role.name();
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public String sourceId() {
        return sourceId;
    }

    public String userId() {
        return userId;
    }

    public String grantRole() {
        return grantRole;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sourceId;
        private String userId;

        public Key() {
        }

        public Key(String sourceId, String userId) {
            this.sourceId = sourceId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sourceId, sourceId) && Objects.equals(k.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, userId);
        }
    }
}
