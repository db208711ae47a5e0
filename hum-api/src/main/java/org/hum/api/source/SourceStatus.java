package org.hum.api.source;

/** Where a registered source stands in its lifecycle (docs/domain.md, "Lifecycle" 8). */
public enum SourceStatus {
    ACTIVE,
    DEACTIVATED,
    /** Deactivated for cause: reopened, and contacted, only with senior approval. */
    CLOSED_FOR_CAUSE
}
