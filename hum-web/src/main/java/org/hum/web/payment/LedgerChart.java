package org.hum.web.payment;

import org.hum.api.payment.SourceLedger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The ledger's chart on the payments page. */
final class LedgerChart {
    private LedgerChart() {
    }

    /**
     * Payments per month (net of reversals) as an inline SVG bar chart: the last 12 months up to
     * the latest entry. Drawn from numbers and month names only.
     */
    static String svg(SourceLedger ledger) {
        if (ledger == null || ledger.totals().byMonth().isEmpty()) {
            return "<p id=\"ledger-chart-empty\">No payments yet.</p>";
        }
        Map<YearMonth, BigDecimal> perMonth = new TreeMap<>();
        ledger.totals().byMonth().forEach((month, amount) -> perMonth.merge(YearMonth.parse(month), amount, BigDecimal::add));
        YearMonth last = ((TreeMap<YearMonth, BigDecimal>) perMonth).lastKey();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        BigDecimal max = months.stream().map(m -> perMonth.getOrDefault(m, BigDecimal.ZERO)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        int width = 600;
        int height = 200;
        int barW = 40;
        int gap = 10;
        StringBuilder svg = new StringBuilder("<svg id=\"ledger-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-label=\"Payments per month\" width=\"").append(width).append("\" height=\"").append(height + 40)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height + 40).append("\">");
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            BigDecimal v = perMonth.getOrDefault(m, BigDecimal.ZERO);
            int h = v.signum() <= 0 ? 0 : v.multiply(BigDecimal.valueOf(height - 20)).divide(max, RoundingMode.HALF_UP).intValue();
            int x = i * (barW + gap) + gap;
            svg.append("<g class=\"bar\" data-month=\"").append(m).append("\" data-amount=\"").append(v.toPlainString()).append("\">")
                    .append("<title>").append(m).append(": ").append(v.toPlainString()).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(height - h).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(h).append("\" fill=\"#2b6cb0\"/>")
                    .append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(height + 15)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(m.getMonthValue()).append('/')
                    .append(m.getYear() % 100).append("</text></g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }
}
