package org.hum.tasking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.access.control.Label;
import org.hum.api.tasking.Priority;
import org.hum.api.tasking.RequirementStatus;

import java.time.Instant;

/**
 * An intelligence requirement: what the agency needs to know, owned by one person, labelled by
 * its compartment (the lowest classification level with it): only users cleared for the
 * compartment see it.
 */
@Entity
@Table(name = "intelligence_requirement")
public class IntelligenceRequirement {
    /** Requirements are labelled by their compartment only: the lowest level. */
    public static final int LEVEL = 0;

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;
    @Column(nullable = false, length = 32)
    private String reference;
    @Column(nullable = false, length = 200)
    private String title;
    @Column
    private String description;
    @Column(nullable = false, length = 16)
    private String priority;
    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;
    @Column(name = "compartment_code", nullable = false, length = 32)
    private String compartment;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 36)
    private String closedBy;
    /** The ports of entry it concerns: codes of the reference list, comma-separated; empty for none named. */
    @Column(nullable = false, length = 1024)
    private String ports = "";

    protected IntelligenceRequirement() {
    }

    public IntelligenceRequirement(String id, String reference, String title, String description, Priority priority,
                                   String ownerId, String compartment, Instant createdAt, String createdBy) {
        this.id = id;
        this.reference = reference;
        this.title = title;
        this.description = description;
        this.priority = priority.name();
        this.ownerId = ownerId;
        this.compartment = compartment;
        this.status = RequirementStatus.OPEN.name();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Names the ports of entry it concerns (at creation). */
    public void concerning(java.util.List<String> codes) {
        this.ports = String.join(",", codes);
    }

    /** The ports of entry it concerns, as codes; empty for none named. */
    public java.util.List<String> ports() {
        return ports == null || ports.isEmpty() ? java.util.List.of() : java.util.List.of(ports.split(","));
    }

    public void closed(Instant at, String by) {
        this.status = RequirementStatus.CLOSED.name();
        this.closedAt = at;
        this.closedBy = by;
    }

    public Label label() {
        return Label.of(LEVEL, compartment);
    }

    public String id() { return id; }
    public String reference() { return reference; }
    public String title() { return title; }
    public String description() { return description; }
    public Priority priority() { return Priority.valueOf(priority); }
    public String ownerId() { return ownerId; }
    public String compartment() { return compartment; }
    public RequirementStatus status() { return RequirementStatus.valueOf(status); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }

    @Override
    public String toString() {
        return "IntelligenceRequirement[id=" + id + ", reference=" + reference + ", status=" + status + "]";
    }
}
