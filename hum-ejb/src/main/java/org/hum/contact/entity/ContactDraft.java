package org.hum.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A draft report, saved as its author types (one encrypted envelope of the whole draft); only its author reads it. */
@Entity
@Table(name = "contact_draft")
public class ContactDraft {
    public static final String ENTITY = "contact_draft";
    public static final String BODY = "body";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "author_id", nullable = false, length = 36, updatable = false)
    private String authorId;

    @Column(name = "client_id", nullable = false, length = 64, updatable = false)
    private String clientId;

    @Column(name = "source_id", nullable = false, length = 36, updatable = false)
    private String sourceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] body;

    protected ContactDraft() {
    }

    public ContactDraft(String id, String authorId, String clientId, String sourceId, Instant createdAt) {
        this.id = id;
        this.authorId = authorId;
        this.clientId = clientId;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void saved(Instant at, int dekVersion, byte[] body) {
        this.updatedAt = at;
        this.dekVersion = dekVersion;
        this.body = body;
    }

    public void rekeyed(int dekVersion, byte[] body) {
        this.dekVersion = dekVersion;
        this.body = body;
    }

    public String id() {
        return id;
    }

    public String authorId() {
        return authorId;
    }

    public String clientId() {
        return clientId;
    }

    public String sourceId() {
        return sourceId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] body() {
        return body;
    }
}
