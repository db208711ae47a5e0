package org.hum.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Marks the one validation of a source that awaits its conclusion; removed when it is concluded. */
@Entity
@Table(name = "validation_open")
public class ValidationOpen {
    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Column(name = "validation_id", nullable = false, length = 36)
    private String validationId;

    protected ValidationOpen() {
    }

    public ValidationOpen(String sourceId, String validationId) {
        this.sourceId = sourceId;
        this.validationId = validationId;
    }

    public String sourceId() { return sourceId; }
    public String validationId() { return validationId; }
}
