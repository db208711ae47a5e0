package org.hum.api.vetting;

/** The result of the criminal history check. */
public enum CriminalHistory {
    /** The check found no record. */
    NO_RECORD,
    /** The check found a record (the notes say what, encrypted). */
    RECORD_FOUND
}
