package org.hum.api.prospect;

/** Why contact with a prospect ended without registering them. */
public enum ProspectClosureReason {
    /** The officer decided not to pursue recruitment. */
    NOT_PURSUED,
    /** Assessed as unsuitable to become a source. */
    UNSUITABLE,
    /** The person can no longer be reached. */
    UNCONTACTABLE,
    /** Passed to another unit or agency, which deals with the person now. */
    REFERRED_ELSEWHERE
}
