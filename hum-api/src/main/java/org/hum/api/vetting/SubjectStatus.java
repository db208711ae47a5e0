package org.hum.api.vetting;

/** Whether the source is, or was, the subject of an investigation. */
public enum SubjectStatus {
    NONE,
    CURRENT_SUBJECT,
    FORMER_SUBJECT
}
