package org.hum.api.payment;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/ledger}: a source's ledger entries, oldest first, its totals, and
 * whether its hash chain verifies.
 *
 * @param chainIntact every entry's hash matches its content and links to the previous one
 */
public record SourceLedger(String sourceId, String codeName, List<LedgerEntryView> entries, LedgerTotals totals,
                           boolean chainIntact) {
}
