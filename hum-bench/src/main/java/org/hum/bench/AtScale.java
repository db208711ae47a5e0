package org.hum.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read costs as an installation grows (docs/performance.md, "At scale"): against a HUM started
 * with {@code ./run} and filled by {@link Populate}, for {@code seconds} seconds each at
 * {@code threads} clients, the reads whose cost could grow with the files and the audit trail:
 * the register's first and last pages (officer1), one file, the case officer's and the
 * controller's dashboards, the compliance register (reviewer1: its first page, then filtered and
 * sorted in the ways SQL pages), reviewer1's dashboard and the audit trail's first page, with
 * {@code auth/me} as the floor. Prints, per phase, calls a second, answers not as expected
 * and p50/p95/p99 in ms. Reads only (each read is audited, as always).
 *
 * <pre>java -cp hum-bench/target/benchmarks.jar org.hum.bench.AtScale \
 *   http://localhost:8080/hum/api/ "$(cat .hum/secrets/demo.password)" 1 10</pre>
 */
public final class AtScale {
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private AtScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: AtScale BASE_URL DEMO_PASSWORD THREADS SECONDS");
            System.exit(2);
        }
        if (!URI.create(args[0]).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int threads = Integer.parseInt(args[2]);
        long seconds = Math.min(Long.parseLong(args[3]), 120);
        OperationsLoad load = new OperationsLoad(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String officer = load.login("officer1", args[1]);
        String controller = load.login("controller1", args[1]);
        String reviewer = load.login("reviewer1", args[1]);
        String first = OperationsLoad.expect(load.send(officer, "GET", "sources?size=100", null), 200, "the register");
        long files = total(first);
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(first);
        while (m.find()) {
            ids.add(m.group(1));
        }
        String trail = OperationsLoad.expect(load.send(reviewer, "GET", "audit?size=1", null), 200, "the audit trail");
        System.out.printf("officer1 sees %,d files; the audit trail holds %,d entries%s%n", files, total(trail),
                trail.contains("\"totalAtLeast\":true") ? " or more (its search counts no further)" : "");
        long last = Math.max(0, (files - 1) / 20);
        load.phase("GET sources?size=20", threads, seconds, 200, n -> load.send(officer, "GET", "sources?size=20", null));
        load.phase("GET sources, last page", threads, seconds, 200,
                n -> load.send(officer, "GET", "sources?size=20&page=" + last, null));
        load.phase("GET a file", threads, seconds, 200,
                n -> load.send(officer, "GET", "sources/" + ids.get(n % ids.size()), null));
        load.phase("GET dashboard (officer1)", threads, seconds, 200, n -> load.send(officer, "GET", "dashboard", null));
        load.phase("GET dashboard (controller1)", threads, seconds, 200, n -> load.send(controller, "GET", "dashboard", null));
        load.phase("GET oversight/register?size=20", threads, seconds, 200,
                n -> load.send(reviewer, "GET", "oversight/register?size=20", null));
        // the register's filters and sorts that are lists of ids or columns in SQL (docs/performance.md, "At scale")
        for (String query : List.of("status=ACTIVE", "authorisation=NONE", "overdue=true", "overdue=false",
                "handler=officer1&status=ACTIVE", "sort=-registeredAt", "sort=sourceNumber&page=2000",
                "sort=-lastContactAt", "sort=paymentsLifetime&page=2000", "sort=status", "sort=authorisationEndsAt",
                "sort=-authorisationEndsAt&page=2000", "sort=-lastValidationAt", "sort=-paymentsThisYear",
                "sort=paymentsThisYear&page=2000", "sort=nextReviewDue", "sort=-nextReviewDue&page=1000",
                "sort=nextValidationDue", "sort=nextValidationDue&page=1000")) {
            load.phase("GET oversight/register?" + query, threads, seconds, 200,
                    n -> load.send(reviewer, "GET", "oversight/register?size=20&" + query, null));
        }
        load.phase("GET dashboard (reviewer1)", threads, seconds, 200, n -> load.send(reviewer, "GET", "dashboard", null));
        load.phase("GET audit?size=20", threads, seconds, 200, n -> load.send(reviewer, "GET", "audit?size=20", null));
        load.phase("GET auth/me", threads, seconds, 200, n -> load.send(officer, "GET", "auth/me", null));
    }

    private static long total(String page) {
        Matcher m = TOTAL.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no total in the page");
        }
        return Long.parseLong(m.group(1));
    }

}
