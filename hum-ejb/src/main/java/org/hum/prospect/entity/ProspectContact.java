package org.hum.prospect.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One contact with a prospect; the notes are a FieldCipher envelope bound to this row. Append-only. */
@Entity
@Table(name = "prospect_contact")
public class ProspectContact {
    public static final String ENTITY = "prospect_contact";
    public static final String NOTES = "notes";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "prospect_id", nullable = false, length = 36)
    private String prospectId;

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Column(name = "method", nullable = false, length = 16)
    private String method;

    @Column(name = "notes")
    private byte[] notes;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProspectContact() {
    }

    public ProspectContact(String id, String prospectId, LocalDate contactOn, String method, String recordedBy,
                           Instant recordedAt) {
        this.id = id;
        this.prospectId = prospectId;
        this.contactOn = contactOn;
        this.method = method;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void sealedNotes(byte[] envelope) {
        this.notes = envelope;
    }

    public String id() {
        return id;
    }

    public String prospectId() {
        return prospectId;
    }

    public LocalDate contactOn() {
        return contactOn;
    }

    public String method() {
        return method;
    }

    public byte[] notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
