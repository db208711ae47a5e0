package org.hum.api.vetting;

/**
 * Which validation a new one is, computed by the system (never chosen): the first one, or
 * the first after a "not suitable" conclusion, is INITIAL; once continuous use has passed
 * the rule profile's threshold every validation is ENHANCED; otherwise PERIODIC.
 */
public enum ValidationKind {
    INITIAL,
    PERIODIC,
    ENHANCED
}
