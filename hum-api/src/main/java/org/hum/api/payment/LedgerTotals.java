package org.hum.api.payment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Ledger totals (reversals netted out), from the ledger's running totals, in the rule profile's
 * currency ({@code currency}).
 *
 * @param lifetime everything
 * @param byYear   per calendar year of the payment day
 * @param byCase   per case reference ("(none)" for payments without one)
 * @param bySource per source file id (only in the totals over every visible file)
 * @param byMonth  per month of the payment day ({@code YYYY-MM}; only in one source's ledger)
 * @param otherCurrencies what was paid in another currency than {@code currency} (the rule profile's:
 *                 entries made before its currency changed), in all, per currency; never added into
 *                 the totals above, which are in {@code currency} only. Usually empty
 */
public record LedgerTotals(String currency, BigDecimal lifetime, Map<Integer, BigDecimal> byYear,
                           Map<String, BigDecimal> byCase, Map<String, BigDecimal> bySource,
                           Map<String, BigDecimal> byMonth, Map<String, BigDecimal> otherCurrencies) {
}
