package org.hum.deconfliction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A check refused because its asker had reached the rule profile's deconfliction checks per
 * day (docs/domain.md, "Deconfliction (step 2)"): who and when, nothing of what was asked.
 */
@Entity
@Table(name = "deconfliction_refusal")
public class CheckRefusal {
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "requested_by", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "refused_at", nullable = false)
    private Instant refusedAt;

    protected CheckRefusal() {
    }

    public CheckRefusal(String id, String requestedBy, Instant refusedAt) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.refusedAt = refusedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant refusedAt() {
        return refusedAt;
    }
}
