package org.hum.api.contact;

import java.util.List;

/**
 * {@code GET /api/contact-reports/{id}}: a report with every version, oldest first; the current
 * one is the latest ({@code current}). {@code id} is the report's id (its first version's id);
 * asking by any version's id answers the same report. {@code payments} are the payments made at the
 * contact, the first 20 of each version in request order; {@code paymentsTotal} counts them all (each
 * version's count stops at 1,000, and {@code paymentsTotalAtLeast} then says the total is at least that);
 * {@code GET /api/sources/{id}/payments?contactReportId=} lists them all.
 */
public record ContactReportView(String id, String sourceId, String codeName, ContactVersionView current,
                                List<ContactVersionView> versions, List<PaymentAtContactView> payments,
                                int paymentsTotal, boolean paymentsTotalAtLeast, boolean mayCorrect) {
}
