package org.hum.rules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The deployment's rule profile: the shipped profile it follows and its figures as stored text. */
@Entity
@Table(name = "rule_profile_setting")
public class RuleProfileSetting {
    public static final String DEPLOYMENT = "deployment";

    @Id
    @Column(length = 32)
    private String name;

    @Column(name = "profile_id", nullable = false, length = 32)
    private String profileId;

    @Column(nullable = false, length = 4000)
    private String figures;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected RuleProfileSetting() {
    }

    public RuleProfileSetting(String profileId, String figures, Instant changedAt, String changedBy) {
        this.name = DEPLOYMENT;
        change(profileId, figures, changedAt, changedBy);
    }

    public final void change(String profileId, String figures, Instant changedAt, String changedBy) {
        this.profileId = profileId;
        this.figures = figures;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public String profileId() {
        return profileId;
    }

    public String figures() {
        return figures;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
