package org.hum.oversight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A draw of files for inspection, with its seed and what was asked (append-only). */
@Entity
@Table(name = "file_sample")
public class FileSample {
    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(nullable = false)
    private long seed;

    @Column(name = "requested_size")
    private Integer requestedSize;

    @Column(name = "requested_percent")
    private Integer requestedPercent;

    @Column(nullable = false)
    private int population;

    @Column(name = "drawn_by", nullable = false, length = 36)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected FileSample() {
    }

    public FileSample(String id, long seed, Integer requestedSize, Integer requestedPercent, int population,
                      String drawnBy, Instant drawnAt) {
        this.id = id;
        this.seed = seed;
        this.requestedSize = requestedSize;
        this.requestedPercent = requestedPercent;
        this.population = population;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public String id() {
        return id;
    }

    public long seed() {
        return seed;
    }

    public Integer requestedSize() {
        return requestedSize;
    }

    public Integer requestedPercent() {
        return requestedPercent;
    }

    public int population() {
        return population;
    }

    public String drawnBy() {
        return drawnBy;
    }

    public Instant drawnAt() {
        return drawnAt;
    }
}
