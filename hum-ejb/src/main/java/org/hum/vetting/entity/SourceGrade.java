package org.hum.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One grading of a source's reliability (docs/domain.md, "Grading"): the grade in the scheme of the
 * day, the grade it replaced, who, when, and why (an envelope). The latest by {@code seq} is
 * the current grade. Never rewritten.
 */
@Entity
@Table(name = "source_grade")
public class SourceGrade {
    public static final String ENTITY = "source_grade";
    public static final String REASON = "reason";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "source_id", nullable = false, length = 36)
    private String sourceId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 16)
    private String scheme;

    @Column(nullable = false, length = 2)
    private String grade;

    @Column(name = "previous_grade", length = 2)
    private String previousGrade;

    @Column(nullable = false)
    private byte[] reason;

    @Column(name = "graded_by", nullable = false, length = 36)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    protected SourceGrade() {
    }

    public SourceGrade(String id, String sourceId, int seq, String scheme, String grade, String previousGrade,
                       String gradedBy, Instant gradedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.seq = seq;
        this.scheme = scheme;
        this.grade = grade;
        this.previousGrade = previousGrade;
        this.gradedBy = gradedBy;
        this.gradedAt = gradedAt;
    }

    public void protectedReason(byte[] reason) {
        this.reason = reason;
    }

    public String id() { return id; }
    public String sourceId() { return sourceId; }
    public int seq() { return seq; }
    public String scheme() { return scheme; }
    public String grade() { return grade; }
    public String previousGrade() { return previousGrade; }
    public byte[] reason() { return reason; }
    public String gradedBy() { return gradedBy; }
    public Instant gradedAt() { return gradedAt; }
}
