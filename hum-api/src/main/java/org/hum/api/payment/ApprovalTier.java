package org.hum.api.payment;

/**
 * One step of a payment's approval, computed from the rule profile when it is requested.
 * <ul>
 * <li>STANDARD: below the senior threshold; a controller or an authorising officer</li>
 * <li>SENIOR_FIELD: from the senior threshold; an authorising officer (senior field manager)</li>
 * <li>HEADQUARTERS: a single payment above the headquarters threshold; a senior authorising officer</li>
 * <li>HEADQUARTERS_ANNUAL: the source's year total above the annual threshold; a senior authorising officer</li>
 * <li>HEADQUARTERS_LIFETIME: the source's lifetime total above the lifetime threshold; a senior authorising officer</li>
 * </ul>
 */
public enum ApprovalTier {
    STANDARD, SENIOR_FIELD, HEADQUARTERS, HEADQUARTERS_ANNUAL, HEADQUARTERS_LIFETIME
}
