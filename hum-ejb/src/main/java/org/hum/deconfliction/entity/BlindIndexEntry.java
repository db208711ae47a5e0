package org.hum.deconfliction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One truncated blind index of one identifier of one source file. It holds no plaintext and,
 * truncated, cannot single out a person: each value is shared by several files by design.
 */
@Entity
@Table(name = "blind_index")
@IdClass(BlindIndexEntry.Key.class)
public class BlindIndexEntry {
    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Id
    @Column(name = "field", length = 16)
    private String field;

    /** Which of several values of one field (a file may hold several identity documents). */
    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "value", nullable = false)
    private byte[] value;

    protected BlindIndexEntry() {
    }

    public BlindIndexEntry(String sourceId, String field, byte[] value) {
        this(sourceId, field, 0, value);
    }

    public BlindIndexEntry(String sourceId, String field, int seq, byte[] value) {
        this.sourceId = sourceId;
        this.field = field;
        this.seq = seq;
        this.value = value.clone();
    }

    public String sourceId() {
        return sourceId;
    }

    public String field() {
        return field;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sourceId;
        private String field;
        private int seq;

        public Key() {
        }

        public Key(String sourceId, String field) {
            this(sourceId, field, 0);
        }

        public Key(String sourceId, String field, int seq) {
            this.sourceId = sourceId;
            this.field = field;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sourceId, sourceId) && Objects.equals(k.field, field) && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, field, seq);
        }
    }
}
