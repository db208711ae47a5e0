package org.hum.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An intelligence item of one report version: its text (encrypted), grade and the tasking it answers. */
@Entity
@Table(name = "contact_item")
public class ContactItem {
    public static final String ENTITY = "contact_item";
    public static final String TEXT = "text";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "contact_id", nullable = false, length = 36, updatable = false)
    private String contactId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = 2, updatable = false)
    private String credibility;

    @Column(length = 2, updatable = false)
    private String handling;

    @Column(name = "tasking_id", length = 36, updatable = false)
    private String taskingId;

    @Column(name = "port_code", length = 32, updatable = false)
    private String port;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] text;

    protected ContactItem() {
    }

    public ContactItem(String id, String contactId, int position, String credibility, String handling, String taskingId,
                       String port) {
        this.port = port;
        this.id = id;
        this.contactId = contactId;
        this.position = position;
        this.credibility = credibility;
        this.handling = handling;
        this.taskingId = taskingId;
    }

    public void protectedText(int dekVersion, byte[] text) {
        this.dekVersion = dekVersion;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String contactId() {
        return contactId;
    }

    public int position() {
        return position;
    }

    public String credibility() {
        return credibility;
    }

    public String handling() {
        return handling;
    }

    /** The port of entry it concerns (a code), or null. */
    public String port() {
        return port;
    }

    public String taskingId() {
        return taskingId;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] text() {
        return text;
    }
}
