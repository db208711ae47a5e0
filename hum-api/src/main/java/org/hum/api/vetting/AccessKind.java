package org.hum.api.vetting;

/** Whether the source reports on what they see themselves, or on what others tell them. */
public enum AccessKind {
    DIRECT,
    INDIRECT
}
