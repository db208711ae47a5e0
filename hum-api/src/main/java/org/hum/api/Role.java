package org.hum.api;

/**
 * The kinds of user (docs/domain.md, "Who uses it"). A person may hold several roles, but never
 * approves their own request.
 */
public enum Role {
    /** Recruits and meets sources, logs every contact, requests payments. */
    CASE_OFFICER,
    /** Oversees handlers, issues and approves taskings, approves payments within a tier. */
    CONTROLLER,
    /** Grants, renews and cancels authorisations; approves special categories and higher tiers. */
    AUTHORISING_OFFICER,
    /** Audits source files read-only. */
    COMPLIANCE_REVIEWER,
    /** Turns intelligence into sanitized reports and releases them. */
    REPORTS_OFFICER,
    /** A receiving fusion centre or agency: sanitized reports only. */
    PARTNER,
    /** Manages users, clearances, compartments, partners and keys; sees no source content by that role. */
    ADMIN;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String CASE_OFFICER_NAME = "CASE_OFFICER";
    public static final String CONTROLLER_NAME = "CONTROLLER";
    public static final String AUTHORISING_OFFICER_NAME = "AUTHORISING_OFFICER";
    public static final String COMPLIANCE_REVIEWER_NAME = "COMPLIANCE_REVIEWER";
    public static final String REPORTS_OFFICER_NAME = "REPORTS_OFFICER";
    public static final String PARTNER_NAME = "PARTNER";
    public static final String ADMIN_NAME = "ADMIN";
}
