package org.hum.api.payment;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/ledger?from=N&size=M}: a page of a source's ledger entries, oldest
 * first ({@code size} of them, {@value #PAGE} unless asked, at most {@value #MAX_PAGE}, from the
 * {@code from}-th), the totals of the whole ledger, and whether the page's part of the hash chain
 * verifies.
 *
 * @param chainIntact every entry on the page hashes to its content and links to the one before it
 *                    (the first to the entry before the page, or to the genesis)
 * @param total       how many entries the whole ledger holds
 * @param from        the position of the page's first entry (0: the oldest)
 */
public record SourceLedger(String sourceId, String codeName, List<LedgerEntryView> entries, LedgerTotals totals,
                           boolean chainIntact, long total, int from) {
    /** Entries on a page unless {@code size} asks otherwise. */
    public static final int PAGE = 100;
    /** The most entries a page may ask for. */
    public static final int MAX_PAGE = 500;
}
