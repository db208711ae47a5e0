package org.hum.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The code name a source carries in one unit; unique within the unit among the files of one label
 * (compartment and classification), which are exactly the files anyone registering at that label
 * may see: a clash never says anything of a file the registrar may not see (docs/domain.md,
 * "The source file"). The label is copied from the file so that the database keeps the rule.
 */
@Entity
@Table(name = "source_code_name")
@IdClass(SourceCodeName.Key.class)
public class SourceCodeName {
    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Id
    @Column(name = "unit", length = 64)
    private String unit;

    @Column(name = "code_name", nullable = false, length = 64)
    private String codeName;

    @Column(name = "compartment_code", nullable = false, length = 32)
    private String compartment;

    @Column(name = "classification_level", nullable = false)
    private int classificationLevel;

    protected SourceCodeName() {
    }

    public SourceCodeName(Source source, String unit, String codeName) {
        this.sourceId = source.id();
        this.unit = unit;
        this.codeName = codeName;
        this.compartment = source.compartment();
        this.classificationLevel = source.classificationLevel();
    }

    public String sourceId() {
        return sourceId;
    }

    public String unit() {
        return unit;
    }

    public String codeName() {
        return codeName;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sourceId;
        private String unit;

        public Key() {
        }

        public Key(String sourceId, String unit) {
            this.sourceId = sourceId;
            this.unit = unit;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sourceId, sourceId) && Objects.equals(k.unit, unit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, unit);
        }
    }
}
