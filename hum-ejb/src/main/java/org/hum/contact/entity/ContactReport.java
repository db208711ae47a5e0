package org.hum.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One submitted version of a contact report (table {@code contact_report}, append-only: the
 * account may update only the re-encryption columns). A report is the chain of versions sharing
 * {@link #reportId()}; the current one has the highest {@link #version()}.
 */
@Entity
@Table(name = "contact_report")
public class ContactReport {
    public static final String ENTITY = "contact_report";
    public static final String PLACE = "place";
    public static final String NARRATIVE = "narrative";
    public static final String WELFARE_TEXT = "welfare_text";
    public static final String SECURITY_TEXT = "security_text";
    public static final String CORRECTION_REASON = "correction_reason";
    public static final String REQUEST_FINGERPRINT = "request_fingerprint";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36, updatable = false)
    private String sourceId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private boolean submitted;

    @Column(name = "report_id", length = 36, updatable = false)
    private String reportId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, length = 16, updatable = false)
    private String method;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "next_contact_at", updatable = false)
    private Instant nextContactAt;

    @Column(name = "welfare_concern", nullable = false, updatable = false)
    private boolean welfareConcern;

    @Column(name = "security_concern", nullable = false, updatable = false)
    private boolean securityConcern;

    @Column(name = "recorded_by", length = 36, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    @Column(name = "idempotency_key", length = 128, updatable = false)
    private String idempotencyKey;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    private byte[] place;
    private byte[] narrative;

    @Column(name = "welfare_text")
    private byte[] welfareText;

    @Column(name = "security_text")
    private byte[] securityText;

    @Column(name = "correction_reason")
    private byte[] correctionReason;

    @Column(name = "request_fingerprint")
    private byte[] requestFingerprint;

    protected ContactReport() {
    }

    public ContactReport(String id, String sourceId, String reportId, int version, Instant occurredAt, String method,
                         int durationMinutes, Instant nextContactAt, boolean welfareConcern, boolean securityConcern,
                         String recordedBy, Instant recordedAt, String idempotencyKey) {
        this.id = id;
        this.sourceId = sourceId;
        this.reportId = reportId;
        this.version = version;
        this.occurredAt = occurredAt;
        this.submitted = true;
        this.method = method;
        this.durationMinutes = durationMinutes;
        this.nextContactAt = nextContactAt;
        this.welfareConcern = welfareConcern;
        this.securityConcern = securityConcern;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.idempotencyKey = idempotencyKey;
    }

    /** Sets (on creation) or replaces (on re-encryption) the encrypted texts; nothing else ever changes. */
    public void protectedTexts(int dekVersion, byte[] place, byte[] narrative, byte[] welfareText, byte[] securityText,
                               byte[] correctionReason, byte[] requestFingerprint) {
        this.dekVersion = dekVersion;
        this.place = place;
        this.narrative = narrative;
        this.welfareText = welfareText;
        this.securityText = securityText;
        this.correctionReason = correctionReason;
        this.requestFingerprint = requestFingerprint;
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

    /** The report this version belongs to (its first version's id). */
    public String reportId() {
        return reportId == null ? id : reportId;
    }

    public int version() {
        return version;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public boolean submitted() {
        return submitted;
    }

    public String method() {
        return method;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Instant nextContactAt() {
        return nextContactAt;
    }

    public boolean welfareConcern() {
        return welfareConcern;
    }

    public boolean securityConcern() {
        return securityConcern;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] place() {
        return place;
    }

    public byte[] narrative() {
        return narrative;
    }

    public byte[] welfareText() {
        return welfareText;
    }

    public byte[] securityText() {
        return securityText;
    }

    public byte[] correctionReason() {
        return correctionReason;
    }

    public byte[] requestFingerprint() {
        return requestFingerprint;
    }
}
