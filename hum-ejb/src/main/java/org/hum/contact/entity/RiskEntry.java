package org.hum.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of a source's risk assessment (append-only history): a concern and what was said (encrypted). */
@Entity
@Table(name = "source_risk_entry")
public class RiskEntry {
    public static final String ENTITY = "source_risk_entry";
    public static final String TEXT = "text";
    public static final String WELFARE = "WELFARE";
    public static final String SECURITY = "SECURITY";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36, updatable = false)
    private String sourceId;

    @Column(nullable = false, length = 16, updatable = false)
    private String kind;

    @Column(name = "contact_id", length = 36, updatable = false)
    private String contactId;

    @Column(name = "recorded_by", nullable = false, length = 36, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] text;

    protected RiskEntry() {
    }

    public RiskEntry(String id, String sourceId, String kind, String contactId, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.kind = kind;
        this.contactId = contactId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void protectedText(int dekVersion, byte[] text) {
        this.dekVersion = dekVersion;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public Long seq() {
        return seq;
    }

    public String sourceId() {
        return sourceId;
    }

    public String kind() {
        return kind;
    }

    public String contactId() {
        return contactId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] text() {
        return text;
    }
}
