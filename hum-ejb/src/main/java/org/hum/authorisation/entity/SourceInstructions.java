package org.hum.authorisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Instructions given to a source by an officer before a witness, and acknowledged by the source. Append-only. */
@Entity
@Table(name = "source_instructions")
public class SourceInstructions {
    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;
    @Column(name = "given_by", nullable = false, length = 36)
    private String givenBy;
    @Column(nullable = false, length = 36)
    private String witness;

    protected SourceInstructions() {
    }

    public SourceInstructions(String id, String sourceId, Instant givenAt, String givenBy, String witness) {
        this.id = id;
        this.sourceId = sourceId;
        this.givenAt = givenAt;
        this.givenBy = givenBy;
        this.witness = witness;
    }

    public String id() { return id; }
    public String sourceId() { return sourceId; }
    public Instant givenAt() { return givenAt; }
    public String givenBy() { return givenBy; }
    public String witness() { return witness; }
}
