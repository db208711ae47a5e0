package org.hum.oversight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A file drawn into a sample, at its place in the draw. */
@Entity
@Table(name = "file_sample_member")
@IdClass(SampleMember.Key.class)
public class SampleMember {
    @Id
    @Column(name = "sample_id", length = 36)
    private String sampleId;

    @Id
    @Column(name = "position")
    private int position;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    protected SampleMember() {
    }

    public SampleMember(String sampleId, int position, String sourceId) {
        this.sampleId = sampleId;
        this.position = position;
        this.sourceId = sourceId;
    }

    public String sampleId() {
        return sampleId;
    }

    public int position() {
        return position;
    }

    public String sourceId() {
        return sourceId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sampleId;
        private int position;

        public Key() {
        }

        public Key(String sampleId, int position) {
            this.sampleId = sampleId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sampleId, sampleId) && k.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sampleId, position);
        }
    }
}
