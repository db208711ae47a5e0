package org.hum.api.payment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Ledger totals (reversals netted out).
 *
 * @param lifetime everything
 * @param byYear   per calendar year of the payment day
 * @param byCase   per case reference ("(none)" for payments without one)
 * @param bySource per source file id (only in the totals over every visible file)
 */
public record LedgerTotals(String currency, BigDecimal lifetime, Map<Integer, BigDecimal> byYear,
                           Map<String, BigDecimal> byCase, Map<String, BigDecimal> bySource) {
}
