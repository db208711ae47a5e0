package org.hum.contact.control;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the payment feature tells the others: the payments that rest on a contact report
 * (shown with the report). Read for a boundary that has already resolved the source file.
 */
public interface PaymentRegister {
    /** The payments shown with one version of a report: the first ones requested; the rest are on the payments page. */
    int SHOWN = 20;
    /** Counting a version's payments stops here (docs/performance.md, "Payments at a contact"). */
    int COUNTED = 1000;

    /**
     * The payments resting on these contact report versions, by version: the first {@value #SHOWN}
     * of each in request order, and how many rest on each, counted to {@value #COUNTED}. One read
     * for a page of a list, whose cost does not grow with the payments.
     */
    AtContacts atContacts(Collection<String> contactReportIds);

    /**
     * @param shown  the first payments of each version, in request order
     * @param counts how many payments rest on each version (a version with none is absent), at most {@value #COUNTED}
     */
    record AtContacts(Map<String, List<PaymentFact>> shown, Map<String, Integer> counts) {
        public static final AtContacts NONE = new AtContacts(Map.of(), Map.of());
    }

    /**
     * @param kind   REWARD, EXPENSES, SUBSISTENCE, RELOCATION, OTHER_BENEFIT
     * @param status the payment's state, such as REQUESTED, APPROVED, PAID
     */
    record PaymentFact(String id, String sourceId, BigDecimal amount, String currency, String kind, String status) {
    }
}
