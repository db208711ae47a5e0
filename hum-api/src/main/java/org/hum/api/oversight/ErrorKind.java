package org.hum.api.oversight;

/**
 * What kind of relevant error was found (docs/domain.md, "Oversight"): the failures the audits of
 * source programmes found again and again.
 */
public enum ErrorKind {
    /** The source was used (tasked, met, paid) for an activity no authorisation covered. */
    ACTIVITY_WITHOUT_AUTHORISATION,
    /** A payment rule was broken: approval tiers, witnesses, a receipt, a payment to a source not active. */
    PAYMENT_RULE_BROKEN,
    /** An authorisation that had lapsed (or been cancelled) was relied on. */
    LAPSED_AUTHORISATION_USED,
    /** A validation or review was missed or done out of time. */
    VALIDATION_OR_REVIEW_MISSED,
    /** Information that identifies the source was disclosed to someone not entitled to it. */
    IDENTITY_DISCLOSED,
    /** Any other relevant error: the description says what. */
    OTHER
}
