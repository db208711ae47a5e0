package org.hum.api.source;

/**
 * Special categories of source (docs/domain.md, "The source file"): each needs a more senior
 * approver and tighter clocks. {@link #JUVENILE} and {@link #LONG_TERM} are never declared:
 * the system derives them from the date of birth and from continuous use.
 */
public enum SpecialCategory {
    /** Under 18 on the day in question (derived from the date of birth). */
    JUVENILE,
    VULNERABLE,
    /** Legally privileged, media, clergy or medical profession. */
    PRIVILEGED_PROFESSION,
    /** Senior official of government or of a union. */
    SENIOR_OFFICIAL,
    HIGH_RISK,
    /** Over 5 years of continuous use: enhanced review (derived). */
    LONG_TERM;

    /** Whether a person declares it at registration, rather than the system deriving it. */
    public boolean declared() {
        return this != JUVENILE && this != LONG_TERM;
    }
}
