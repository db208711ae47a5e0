package org.hum.api.tasking;

/** How urgent a requirement or a tasking is, most urgent first. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
