package org.hum.keys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A data key (DEK) as stored: wrapped by a key-encryption key, never in the clear. One per
 * source file; a new version on rotation.
 */
@Entity
@Table(name = "data_key")
@IdClass(DataKeyRecord.Key.class)
public class DataKeyRecord {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "kek_id", nullable = false, length = 32)
    private String kekId;

    @Column(name = "wrapped", nullable = false)
    private byte[] wrapped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DataKeyRecord() {
    }

    public DataKeyRecord(String id, int version, String kekId, byte[] wrapped, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.kekId = kekId;
        this.wrapped = wrapped.clone();
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String kekId() {
        return kekId;
    }

    public byte[] wrapped() {
        return wrapped.clone();
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private int version;

        public Key() {
        }

        public Key(String id, int version) {
            this.id = id;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.id, id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }
}
