package org.hum.api.payment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Ledger totals (reversals netted out), from the ledger's running totals.
 *
 * @param lifetime everything
 * @param byYear   per calendar year of the payment day
 * @param byCase   per case reference ("(none)" for payments without one)
 * @param bySource per source file id (only in the totals over every visible file)
 * @param byMonth  per month of the payment day ({@code YYYY-MM}; only in one source's ledger)
 */
public record LedgerTotals(String currency, BigDecimal lifetime, Map<Integer, BigDecimal> byYear,
                           Map<String, BigDecimal> byCase, Map<String, BigDecimal> bySource,
                           Map<String, BigDecimal> byMonth) {
}
