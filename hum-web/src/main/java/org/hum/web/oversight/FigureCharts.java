package org.hum.web.oversight;

import org.hum.api.oversight.ProgrammeFigures;
import org.hum.web.present.CsvCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme figures as one page of bar charts (a server-rendered SVG, like the ledger's) and as
 * a CSV of the same numbers (docs/api.md, "Oversight"). Drawn from counts, amounts, months, grades,
 * compartment codes and partner kinds only.
 */
final class FigureCharts {
    static final int WIDTH = 760;
    private static final int CHART = 150;
    private static final int BLOCK = CHART + 70;

    private FigureCharts() {
    }

    /** One bar: its label under it, its value as its height, and what its tooltip says. */
    record Bar(String label, double value, String title) {
    }

    static String csv(ProgrammeFigures f) {
        StringBuilder out = new StringBuilder("figure,key,currency,count,amount\r\n");
        row(out, "active sources by compartment", f.activeSources());
        row(out, "active sources by port of entry", f.activeSourcesByPort());
        row(out, "contacts by month", f.contactsByMonth());
        row(out, "items by credibility", f.itemsByCredibility());
        row(out, "reports released by partner kind", f.reportsByPartnerKind());
        for (ProgrammeFigures.Amount a : f.paymentsByMonth()) {
            out.append(String.join(",", CsvCell.of("payments by month"), CsvCell.of(a.month()), CsvCell.of(a.currency()),
                    Long.toString(a.entries()), a.amount().toPlainString())).append("\r\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String figure, List<ProgrammeFigures.Count> counts) {
        for (ProgrammeFigures.Count c : counts) {
            out.append(String.join(",", CsvCell.of(figure), CsvCell.of(c.key()), "", Long.toString(c.count()), ""))
                    .append("\r\n");
        }
    }

    static String svg(ProgrammeFigures f) {
        Map<String, List<Bar>> charts = new LinkedHashMap<>();
        charts.put("Active sources by compartment", bars(f.activeSources()));
        charts.put("Active sources by port of entry (where tasked)", bars(f.activeSourcesByPort()));
        charts.put("Contacts by month, " + f.from() + " to " + f.to(), bars(f.contactsByMonth()));
        charts.put("Items by credibility grade", bars(f.itemsByCredibility()));
        charts.put("Reports released by partner kind", bars(f.reportsByPartnerKind()));
        Map<String, BigDecimal> paid = new LinkedHashMap<>();
        Map<String, StringBuilder> paidTitles = new LinkedHashMap<>();
        for (ProgrammeFigures.Count m : f.contactsByMonth()) { // every month of the period, in order
            paid.put(m.key(), BigDecimal.ZERO);
            paidTitles.put(m.key(), new StringBuilder(m.key()));
        }
        for (ProgrammeFigures.Amount a : f.paymentsByMonth()) {
            paid.merge(a.month(), BigDecimal.valueOf(a.entries()), BigDecimal::add);
            paidTitles.computeIfAbsent(a.month(), k -> new StringBuilder(k)).append(": ").append(a.entries())
                    .append(" paid, ").append(a.amount().toPlainString()).append(' ').append(a.currency());
        }
        List<Bar> payments = new ArrayList<>();
        paid.forEach((m, n) -> payments.add(new Bar(m, n.doubleValue(), paidTitles.get(m).toString())));
        charts.put("Payments made by month", payments);

        int height = charts.size() * BLOCK;
        StringBuilder svg = new StringBuilder("<svg id=\"figures-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-label=\"Programme figures, ").append(f.from()).append(" to ").append(f.to())
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\">");
        int y = 0;
        int i = 0;
        for (Map.Entry<String, List<Bar>> chart : charts.entrySet()) {
            chart(svg, "figure-" + (i++), chart.getKey(), chart.getValue(), y);
            y += BLOCK;
        }
        return svg.append("</svg>").toString();
    }

    private static List<Bar> bars(List<ProgrammeFigures.Count> counts) {
        return counts.stream().map(c -> new Bar(c.key(), c.count(), c.key() + ": " + c.count())).toList();
    }

    private static void chart(StringBuilder svg, String id, String title, List<Bar> bars, int top) {
        svg.append("<g id=\"").append(id).append("\" class=\"figure\"><text x=\"0\" y=\"").append(top + 16)
                .append("\" font-size=\"13\" font-weight=\"bold\">").append(escape(title)).append("</text>");
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"").append(top + 40).append("\" font-size=\"11\">Nothing to count.</text></g>");
            return;
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int slot = Math.max(12, Math.min(60, (WIDTH - 10) / bars.size()));
        int barW = Math.max(6, slot - 8);
        int base = top + 24 + CHART;
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            int h = (int) Math.round(bar.value() / max * (CHART - 14));
            int x = b * slot + 4;
            svg.append("<g class=\"bar\" data-key=\"").append(escape(bar.label())).append("\" data-value=\"")
                    .append(format(bar.value())).append("\"><title>").append(escape(bar.title())).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(h).append("\" fill=\"#2b6cb0\"/>")
                    .append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(base - h - 3)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">").append(format(bar.value())).append("</text>")
                    .append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(base + 12)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">").append(escape(shortLabel(bar.label()))).append("</text></g>");
        }
        svg.append("</g>");
    }

    /** A month as MM/YY under its bar; anything else as it is. */
    private static String shortLabel(String label) {
        return label.matches("\\d{4}-\\d{2}") ? label.substring(5) + "/" + label.substring(2, 4) : label;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
