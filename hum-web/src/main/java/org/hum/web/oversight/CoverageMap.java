package org.hum.web.oversight;

import org.hum.api.admin.PortView;
import org.hum.api.oversight.CoverageLine;
import org.hum.api.oversight.CoverageView;
import org.hum.api.tasking.Priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage picture (docs/domain.md, "Oversight"): a heat map of the open requirements by port
 * of entry (west to east) and priority, each cell shaded by the items that answered them in the
 * last 90 days, with how many requirements it holds and how many of them are uncovered; a column
 * for the requirements that name no port. Server-rendered SVG, from counts, codes and priorities.
 */
public final class CoverageMap {
    static final String NO_PORT = "(none)";
    private static final int CELL = 34;
    private static final int LEFT = 80;
    private static final int TOP = 110;

    private CoverageMap() {
    }

    public static String svg(CoverageView coverage, List<PortView> ports) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (PortView p : ports) {
            if (!p.retired()) {
                columns.put(p.code(), p.name());
            }
        }
        for (CoverageLine l : coverage.lines()) { // a retired port still named by an open requirement keeps its column
            for (String code : l.ports()) {
                columns.putIfAbsent(code, code);
            }
        }
        columns.put(NO_PORT, "no port named");
        Priority[] priorities = Priority.values();
        Map<String, long[]> answers = new LinkedHashMap<>();
        Map<String, long[]> count = new LinkedHashMap<>();
        Map<String, long[]> uncovered = new LinkedHashMap<>();
        for (CoverageLine l : coverage.lines()) {
            List<String> at = l.ports().isEmpty() ? List.of(NO_PORT) : l.ports();
            for (String code : at) {
                int p = l.priority().ordinal();
                answers.computeIfAbsent(code, k -> new long[priorities.length])[p] += l.answered90();
                count.computeIfAbsent(code, k -> new long[priorities.length])[p]++;
                if (l.uncovered()) {
                    uncovered.computeIfAbsent(code, k -> new long[priorities.length])[p]++;
                }
            }
        }
        long max = answers.values().stream().flatMapToLong(java.util.Arrays::stream).max().orElse(0);
        List<String> codes = new ArrayList<>(columns.keySet());
        int width = LEFT + codes.size() * CELL + 10;
        int height = TOP + priorities.length * CELL + 40;
        StringBuilder svg = new StringBuilder("<svg id=\"coverage-map\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-label=\"Coverage of open requirements by port of entry and priority: answers in 90 days\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>Items answering the open requirements in the last 90 days, by port of entry "
                        + "(west to east) and priority; a red edge marks uncovered CRITICAL or HIGH requirements</title>");
        for (int c = 0; c < codes.size(); c++) {
            int x = LEFT + c * CELL + CELL / 2;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 6).append("\" font-size=\"9\" transform=\"rotate(-60 ")
                    .append(x).append(' ').append(TOP - 6).append(")\">").append(escape(columns.get(codes.get(c)))).append("</text>");
        }
        for (int p = 0; p < priorities.length; p++) {
            int y = TOP + p * CELL;
            svg.append("<text x=\"0\" y=\"").append(y + CELL / 2 + 4).append("\" font-size=\"11\">")
                    .append(priorities[p].name()).append("</text>");
            for (int c = 0; c < codes.size(); c++) {
                String code = codes.get(c);
                long n = count.getOrDefault(code, new long[priorities.length])[p];
                long a = answers.getOrDefault(code, new long[priorities.length])[p];
                long u = uncovered.getOrDefault(code, new long[priorities.length])[p];
                double shade = n == 0 ? 0 : max == 0 ? 0.05 : 0.1 + 0.9 * a / (double) max;
                int x = LEFT + c * CELL;
                svg.append("<g class=\"cell\" data-port=\"").append(escape(code)).append("\" data-priority=\"")
                        .append(priorities[p].name()).append("\" data-requirements=\"").append(n).append("\" data-answers=\"")
                        .append(a).append("\" data-uncovered=\"").append(u).append("\"><title>").append(escape(columns.get(code)))
                        .append(", ").append(priorities[p].name()).append(": ").append(n).append(n == 1 ? " requirement, " : " requirements, ")
                        .append(a).append(a == 1 ? " answer" : " answers").append(" in 90 days").append(u > 0 ? ", " + u + " uncovered" : "")
                        .append("</title><rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL - 2)
                        .append("\" height=\"").append(CELL - 2).append("\" fill=\"").append(n == 0 ? "#f2f2f2" : "#2b6cb0")
                        .append("\" fill-opacity=\"").append(n == 0 ? "1" : String.format(java.util.Locale.ROOT, "%.2f", shade))
                        .append("\" stroke=\"").append(u > 0 ? "#c53030" : "#ffffff").append("\" stroke-width=\"")
                        .append(u > 0 ? 3 : 1).append("\"/>");
                if (n > 0) {
                    svg.append("<text x=\"").append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2 + 4)
                            .append("\" font-size=\"10\" text-anchor=\"middle\">").append(a).append("</text>");
                }
                svg.append("</g>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
