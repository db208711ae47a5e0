package org.hum.api.payment;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/payment-grounds}: what a payment to the source may rest on, for a
 * person choosing it: the source's submitted contact reports (latest first) and its taskings
 * (newest first). Labels carry dates, references and states only, never a narrative.
 */
public record PaymentGroundsView(List<Option> contactReports, List<Option> taskings) {

    /** One choice: its id and what a person reads. */
    public record Option(String id, String label) {
    }
}
