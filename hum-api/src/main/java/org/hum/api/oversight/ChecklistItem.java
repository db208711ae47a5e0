package org.hum.api.oversight;

/** What a reviewer checks in each sampled file (docs/domain.md, "Oversight"). */
public enum ChecklistItem {
    /** Every use of the source lay within an authorisation in force. */
    AUTHORISATION_VALID_THROUGHOUT,
    /** The initial and periodic validations were done on time. */
    VALIDATIONS_ON_TIME,
    /** Every payment was witnessed and receipted. */
    PAYMENTS_WITNESSED_AND_RECEIPTED,
    /** Every contact has its report. */
    CONTACTS_REPORTED,
    /** The source's instructions were given and are current. */
    INSTRUCTIONS_CURRENT
}
