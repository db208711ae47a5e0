package org.hum.api.deconfliction;

/**
 * The answer to a check: whether a possible match exists anywhere, and if so the referral
 * made for the controllers. Never which file, unit, compartment or code name.
 */
public record DeconflictionAnswer(boolean possibleMatch, String referralId) {
}
