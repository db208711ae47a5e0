package org.hum.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone present at a contact (one version): a user by id, or another person described (encrypted) with a role. */
@Entity
@Table(name = "contact_attendee")
public class ContactAttendee {
    public static final String ENTITY = "contact_attendee";
    public static final String DESCRIPTION = "description";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "contact_id", nullable = false, length = 36, updatable = false)
    private String contactId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "user_id", length = 36, updatable = false)
    private String userId;

    @Column(length = 24, updatable = false)
    private String role;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    private byte[] description;

    protected ContactAttendee() {
    }

    public ContactAttendee(String id, String contactId, int position, String userId, String role) {
        this.id = id;
        this.contactId = contactId;
        this.position = position;
        this.userId = userId;
        this.role = role;
    }

    public void protectedDescription(int dekVersion, byte[] description) {
        this.dekVersion = dekVersion;
        this.description = description;
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

    public String userId() {
        return userId;
    }

    public String role() {
        return role;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] description() {
        return description;
    }
}
