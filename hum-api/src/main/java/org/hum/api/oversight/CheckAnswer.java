package org.hum.api.oversight;

/** A reviewer's answer to one item of a sampled file's checklist. */
public enum CheckAnswer {
    YES,
    NO,
    NOT_APPLICABLE
}
