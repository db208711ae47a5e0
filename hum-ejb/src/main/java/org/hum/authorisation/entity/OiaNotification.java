package org.hum.authorisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A notification owed after a grant, cancellation or revocation of an OIA; its day is computed. */
@Entity
@Table(name = "oia_notification")
public class OiaNotification {
    public enum Occasion { GRANT, CANCELLATION, REVOCATION }

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "oia_id", nullable = false, length = 36)
    private String oiaId;
    @Column(nullable = false, length = 16)
    private String occasion;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "notified_at")
    private Instant notifiedAt;
    @Column(name = "notified_by", length = 36)
    private String notifiedBy;

    protected OiaNotification() {
    }

    public OiaNotification(String id, String oiaId, Occasion occasion, LocalDate dueOn) {
        this.id = id;
        this.oiaId = oiaId;
        this.occasion = occasion.name();
        this.dueOn = dueOn;
    }

    public void notified(Instant at, String by) {
        this.notifiedAt = at;
        this.notifiedBy = by;
    }

    public String id() { return id; }
    public String oiaId() { return oiaId; }
    public String occasion() { return occasion; }
    public LocalDate dueOn() { return dueOn; }
    public Instant notifiedAt() { return notifiedAt; }
    public String notifiedBy() { return notifiedBy; }
}
