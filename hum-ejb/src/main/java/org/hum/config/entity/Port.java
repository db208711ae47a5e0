package org.hum.config.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A port of entry of the reference list (table {@code port_of_entry}). */
@Entity
@Table(name = "port_of_entry")
public class Port {
    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 2)
    private String state;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected Port() {
    }

    public Port(String code, String name, String state, int position, Instant at, String by) {
        this.code = code;
        this.name = name;
        this.state = state;
        this.position = position;
        this.changedAt = at;
        this.changedBy = by;
    }

    public void change(String name, String state, Integer position, Boolean retired, Instant at, String by) {
        if (name != null) {
            this.name = name;
        }
        if (state != null) {
            this.state = state;
        }
        if (position != null) {
            this.position = position;
        }
        if (retired != null) {
            this.retired = retired;
        }
        this.changedAt = at;
        this.changedBy = by;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String state() { return state; }
    public int position() { return position; }
    public boolean retired() { return retired; }
    /** When the port was added or last changed: a new version of what partners hold of it. */
    public Instant changedAt() { return changedAt; }
}
