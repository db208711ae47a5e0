package org.hum.api.tasking;

/** An intelligence requirement is OPEN (taskings may answer it) until CLOSED. */
public enum RequirementStatus {
    OPEN, CLOSED
}
