package org.hum.api.oversight;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programme's figures (docs/domain.md, "Oversight") for the months {@code from} to {@code to}
 * (as {@code YYYY-MM}), counting only what the reader may see.
 *
 * @param activeSources        active files now, by compartment
 * @param activeSourcesByPort  active files now, by the ports of entry of their open taskings (the tasking's port,
 *                             else its requirement's); a file tasked at two ports counts at each
 * @param contactsByMonth      submitted contacts (a corrected report counts once), by month of the contact
 * @param itemsByCredibility   the items of those contacts, by their credibility grade
 * @param reportsByPartnerKind reports released in the period, by the kind of partner they were released to
 *                             (a report released to two kinds counts in each)
 * @param paymentsByMonth      ledger entries paid, by month paid, with their net amount and currency
 */
public record ProgrammeFigures(String from, String to, List<Count> activeSources, List<Count> activeSourcesByPort,
                               List<Count> contactsByMonth,
                               List<Count> itemsByCredibility, List<Count> reportsByPartnerKind,
                               List<Amount> paymentsByMonth) {

    /** A count under a key (a compartment, a month, a grade, a partner kind). */
    public record Count(String key, long count) {
    }

    /** A month's payments in one currency: how many entries, and their net sum. */
    public record Amount(String month, String currency, long entries, BigDecimal amount) {
    }
}
