package org.hum.api.tasking;

/** The states of a tasking (docs/domain.md, "Tasking"). */
public enum TaskingStatus {
    DRAFT, ISSUED, ACKNOWLEDGED, IN_PROGRESS, FULFILLED, CANCELLED, EXPIRED;

    /** Issued and not yet ended: the source is working on it. */
    public boolean open() {
        return this == ISSUED || this == ACKNOWLEDGED || this == IN_PROGRESS;
    }
}
