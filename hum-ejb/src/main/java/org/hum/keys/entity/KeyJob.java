package org.hum.keys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.keys.KeyJobView;

import java.time.Instant;

/** Background key work (a data-key rotation), with its progress for administrators to follow. */
@Entity
@Table(name = "key_job")
public class KeyJob {
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public static final String DEK_ROTATION = "DEK_ROTATION";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 24)
    private String kind;

    @Column(name = "subject_id", length = 36)
    private String subjectId;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(name = "requested_by", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 255)
    private String detail;

    protected KeyJob() {
    }

    public KeyJob(String id, String kind, String subjectId, int total, String requestedBy, Instant requestedAt) {
        this.id = id;
        this.kind = kind;
        this.subjectId = subjectId;
        this.state = State.QUEUED.name();
        this.total = total;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public String id() {
        return id;
    }

    public String subjectId() {
        return subjectId;
    }

    public void running() {
        state = State.RUNNING.name();
    }

    public void progressed(int done) {
        this.done = done;
    }

    /** The work is counted where it is done: {@code envelopes} re-encrypted, out of as many. */
    public void counted(int envelopes) {
        this.total = envelopes;
        this.done = envelopes;
    }

    public void finished(Instant when, String detail) {
        this.state = State.DONE.name();
        this.done = total;
        this.finishedAt = when;
        this.detail = detail;
    }

    public void failed(Instant when, String detail) {
        this.state = State.FAILED.name();
        this.finishedAt = when;
        this.detail = detail;
    }

    public KeyJobView view() {
        return new KeyJobView(id, kind, subjectId, state, total, done, requestedAt, finishedAt, detail);
    }
}
