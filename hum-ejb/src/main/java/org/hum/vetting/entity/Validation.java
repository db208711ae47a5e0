package org.hum.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.access.control.Label;

import java.time.Instant;

/**
 * A validation's findings (docs/domain.md, "Lifecycle" 3): criminal history, subject status,
 * motivations, access and proof of existence. The free texts are envelopes under the source
 * file's data key; the row carries its source's label. Never rewritten.
 */
@Entity
@Table(name = "validation")
public class Validation {
    public static final String ENTITY = "validation";
    public static final String CRIMINAL_HISTORY_NOTES = "criminal_history_notes";
    public static final String ACCESS_DETAILS = "access_details";
    public static final String PROOF_OF_EXISTENCE = "proof_of_existence";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "classification_level", nullable = false)
    private int classificationLevel;

    @Column(name = "compartment_code", nullable = false, length = 32)
    private String compartment;

    @Column(name = "criminal_history", nullable = false, length = 16)
    private String criminalHistory;

    @Column(name = "criminal_history_notes")
    private byte[] criminalHistoryNotes;

    @Column(name = "subject_status", nullable = false, length = 16)
    private String subjectStatus;

    @Column(nullable = false, length = 255)
    private String motivations;

    @Column(name = "access_kind", nullable = false, length = 16)
    private String accessKind;

    @Column(name = "access_details", nullable = false)
    private byte[] accessDetails;

    @Column(name = "proof_of_existence", nullable = false)
    private byte[] proofOfExistence;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Validation() {
    }

    public Validation(String id, String sourceId, String kind, Label label, String criminalHistory, String subjectStatus,
                      String motivations, String accessKind, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.kind = kind;
        this.classificationLevel = label.level();
        this.compartment = label.compartments().iterator().next();
        this.criminalHistory = criminalHistory;
        this.subjectStatus = subjectStatus;
        this.motivations = motivations;
        this.accessKind = accessKind;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void protectedTexts(byte[] criminalHistoryNotes, byte[] accessDetails, byte[] proofOfExistence) {
        this.criminalHistoryNotes = criminalHistoryNotes;
        this.accessDetails = accessDetails;
        this.proofOfExistence = proofOfExistence;
    }

    public Label label() {
        return Label.of(classificationLevel, compartment);
    }

    public String id() { return id; }
    public String sourceId() { return sourceId; }
    public String kind() { return kind; }
    public String criminalHistory() { return criminalHistory; }
    public byte[] criminalHistoryNotes() { return criminalHistoryNotes; }
    public String subjectStatus() { return subjectStatus; }
    public String motivations() { return motivations; }
    public String accessKind() { return accessKind; }
    public byte[] accessDetails() { return accessDetails; }
    public byte[] proofOfExistence() { return proofOfExistence; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
