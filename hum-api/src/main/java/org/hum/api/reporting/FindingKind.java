package org.hum.api.reporting;

/** What kind of identifying detail the check found in a report's title or releasable part. */
public enum FindingKind {
    /** a code name of a source drawn on, current or previous */
    CODE_NAME,
    /** a source number (HUM-XXXXXXXX) of a source drawn on */
    SOURCE_NUMBER,
    /** the true name of a source drawn on */
    TRUE_NAME,
    /** another name (alias, former name) of a source drawn on */
    OTHER_NAME,
    /** a phone number of a source drawn on */
    PHONE,
    /** an identity document number of a source drawn on */
    DOCUMENT_NUMBER,
    /** the display name of a handler of a source drawn on */
    HANDLER_NAME,
    /** the exact date of a contact drawn on, in any usual writing */
    CONTACT_DATE,
    /** the place of a contact drawn on */
    CONTACT_PLACE,
    /** a term on the controllers' watch list */
    WATCH_TERM
}
