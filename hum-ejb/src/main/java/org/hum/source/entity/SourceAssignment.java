package org.hum.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Who acted as handler, co-handler, controller or records officer of a source, and when. */
@Entity
@Table(name = "source_assignment")
public class SourceAssignment {
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(name = "role", nullable = false, length = 32)
    private String role;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "assigned_by", nullable = false, length = 36)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "ended_by", length = 36)
    private String endedBy;

    protected SourceAssignment() {
    }

    public SourceAssignment(String id, String sourceId, String userId, String role, LocalDate startedOn,
                            String assignedBy, Instant assignedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.userId = userId;
        this.role = role;
        this.startedOn = startedOn;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public void end(LocalDate on, String by) {
        this.endedOn = on;
        this.endedBy = by;
    }

    public boolean open() {
        return endedOn == null;
    }

    public String id() {
        return id;
    }

    public String sourceId() {
        return sourceId;
    }

    public String userId() {
        return userId;
    }

    public String role() {
        return role;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String assignedBy() {
        return assignedBy;
    }
}
