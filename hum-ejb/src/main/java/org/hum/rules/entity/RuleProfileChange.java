package org.hum.rules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of the deployment's rule profile (append-only). */
@Entity
@Table(name = "rule_profile_change")
public class RuleProfileChange {
    public enum Action { INITIALISED, CHANGED, RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 16)
    private String action;

    @Column(name = "old_profile_id", length = 32)
    private String oldProfileId;

    @Column(name = "old_figures", length = 4000)
    private String oldFigures;

    @Column(name = "new_profile_id", nullable = false, length = 32)
    private String newProfileId;

    @Column(name = "new_figures", nullable = false, length = 4000)
    private String newFigures;

    protected RuleProfileChange() {
    }

    public RuleProfileChange(Instant changedAt, String changedBy, Action action, String oldProfileId, String oldFigures,
                             String newProfileId, String newFigures) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action.name();
        this.oldProfileId = oldProfileId;
        this.oldFigures = oldFigures;
        this.newProfileId = newProfileId;
        this.newFigures = newFigures;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String action() {
        return action;
    }

    public String oldProfileId() {
        return oldProfileId;
    }

    public String oldFigures() {
        return oldFigures;
    }

    public String newProfileId() {
        return newProfileId;
    }

    public String newFigures() {
        return newFigures;
    }
}
