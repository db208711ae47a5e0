package org.hum.api.rules;

/**
 * The actions the lifecycle policy guards (docs/domain.md, "Rule profiles": hard stops). Every
 * feature asks the policy before it does one of these to a source.
 */
public enum GuardedAction {
    /** Issue a tasking. */
    TASK,
    /** Request, approve or make a payment or other benefit. */
    PAY,
    /** Grant an otherwise-illegal-activity authorisation. */
    GRANT_OIA,
    /** Record a contact with the source. */
    RECORD_CONTACT,
    /** Grant or renew an authorisation for the use of the source. */
    AUTHORISE
}
