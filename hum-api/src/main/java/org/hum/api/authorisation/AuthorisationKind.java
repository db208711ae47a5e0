package org.hum.api.authorisation;

/** A written authorisation, or an urgent oral one (which lasts the profile's urgentOralPeriod, 72 hours). */
public enum AuthorisationKind {
    STANDARD,
    URGENT_ORAL
}
