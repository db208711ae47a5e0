package org.hum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact about this installation, such as that the demo data was loaded. */
@Entity
@Table(name = "app_state")
public class AppState {
    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private String value;

    protected AppState() {
    }

    public AppState(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String value() {
        return value;
    }
}
