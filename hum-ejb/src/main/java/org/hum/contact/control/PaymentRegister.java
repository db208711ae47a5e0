package org.hum.contact.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the payment feature tells the others: the payments that rest on a contact report
 * (shown with the report). Read for a boundary that has already resolved the source file.
 */
public interface PaymentRegister {

    List<PaymentFact> atContact(String contactReportId);

    /** The payments resting on these contact report versions, by version: one read for a page of a list. */
    java.util.Map<String, List<PaymentFact>> atContacts(java.util.Collection<String> contactReportIds);

    /**
     * @param kind   REWARD, EXPENSES, SUBSISTENCE, RELOCATION, OTHER_BENEFIT
     * @param status the payment's state, such as REQUESTED, APPROVED, PAID
     */
    record PaymentFact(String id, String sourceId, BigDecimal amount, String currency, String kind, String status) {
    }
}
