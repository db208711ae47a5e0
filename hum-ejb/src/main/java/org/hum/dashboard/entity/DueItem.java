package org.hum.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.access.control.Label;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** One line of the due list, with the label of what it concerns. Replaced as a whole by each run. */
@Entity
@Table(name = "due_item")
public class DueItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 48)
    private String kind;
    @Column(name = "object_type", nullable = false, length = 32)
    private String objectType;
    @Column(name = "object_id", nullable = false, length = 64)
    private String objectId;
    @Column(name = "source_id", length = 36)
    private String sourceId;
    @Column(nullable = false, length = 500)
    private String summary;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(nullable = false, length = 16)
    private String urgency;
    @Column(name = "label_level", nullable = false)
    private int labelLevel;
    @Column(nullable = false, length = 500)
    private String compartments;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected DueItem() {
    }

    public DueItem(String kind, String objectType, String objectId, String sourceId, String summary, LocalDate dueOn,
                   String urgency, Label label, Instant computedAt) {
        this.kind = kind;
        this.objectType = objectType;
        this.objectId = objectId;
        this.sourceId = sourceId;
        this.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        this.dueOn = dueOn;
        this.urgency = urgency;
        this.labelLevel = label.level();
        this.compartments = String.join("+", new TreeSet<>(label.compartments()));
        this.computedAt = computedAt;
    }

    public Label label() {
        return new Label(labelLevel, compartments.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(compartments.split("\\+"))));
    }

    public String kind() { return kind; }
    public String objectType() { return objectType; }
    public String objectId() { return objectId; }
    public String sourceId() { return sourceId; }
    public String summary() { return summary; }
    public LocalDate dueOn() { return dueOn; }
    public String urgency() { return urgency; }
    public Instant computedAt() { return computedAt; }
}
