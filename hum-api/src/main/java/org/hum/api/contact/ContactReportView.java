package org.hum.api.contact;

import java.util.List;

/**
 * {@code GET /api/contact-reports/{id}}: a report with every version, oldest first; the current
 * one is the latest ({@code current}). {@code id} is the report's id (its first version's id);
 * asking by any version's id answers the same report.
 */
public record ContactReportView(String id, String sourceId, String codeName, ContactVersionView current,
                                List<ContactVersionView> versions, List<PaymentAtContactView> payments,
                                boolean mayCorrect) {
}
