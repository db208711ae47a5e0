package org.hum.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An alert to the controllers that a welfare or security concern was raised at a contact, until acknowledged. */
@Entity
@Table(name = "welfare_alert")
public class WelfareAlert {
    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36, updatable = false)
    private String sourceId;

    @Column(name = "contact_id", nullable = false, length = 36, updatable = false)
    private String contactId;

    @Column(nullable = false, updatable = false)
    private boolean welfare;

    @Column(nullable = false, updatable = false)
    private boolean security;

    @Column(name = "raised_by", nullable = false, length = 36, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by", length = 36)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected WelfareAlert() {
    }

    public WelfareAlert(String id, String sourceId, String contactId, boolean welfare, boolean security, String raisedBy,
                        Instant raisedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.contactId = contactId;
        this.welfare = welfare;
        this.security = security;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public void acknowledged(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
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

    public String contactId() {
        return contactId;
    }

    public boolean welfare() {
        return welfare;
    }

    public boolean security() {
        return security;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean open() {
        return acknowledgedAt == null;
    }
}
