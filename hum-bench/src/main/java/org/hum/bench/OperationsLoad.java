package org.hum.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load suite (docs/performance.md, "The load suite"), against a HUM started with {@code ./run}
 * on this machine. It first makes {@value #FILES} files ready for contact over REST as the demo's
 * users would (registered by officer1, validated, authorised by authoriser1, instructed), then for
 * {@code seconds} seconds each, {@code threads} clients:
 * <ol>
 *   <li>submit contact reports spread over those files (one intelligence item each, an idempotency key each);</li>
 *   <li>beside it, the raw JDBC transaction of the same rows on the same MariaDB ({@link RawContactWrites}): the ratio
 *       of the two rates is what HUM's rules, encryption, audit and HTTP cost;</li>
 *   <li>request payments of 1.00 resting on those reports, spread over the files;</li>
 *   <li>read controller1's dashboard, the sources list, a file's contact reports and its ledger;</li>
 *   <li>call {@code auth/me} (the token check alone) and {@code health} (no token) for the per-request overhead.</li>
 * </ol>
 * Each phase prints calls a second, the answers that were not the one expected (5xx counted
 * apart) and the latency at the 50th, 95th and 99th percentiles. Loopback only, bounded in time.
 * It adds files, reports and payment requests to the installation.
 *
 * <pre>java -cp hum-bench/target/benchmarks.jar org.hum.bench.OperationsLoad \
 *   http://localhost:8080/hum/api/ "$(cat .hum/secrets/demo.password)" 16 15 jdbc:mariadb://127.0.0.1:3306/</pre>
 *
 * {@code -Dhum.load.phases=contacts} (a comma-separated choice of {@code contacts}, {@code raw},
 * {@code payments}, {@code reads}, {@code overhead}; all by default) runs only those phases, for
 * a flight recording of one of them.
 */
public final class OperationsLoad {
    static final int FILES = 16;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final java.util.Set<String> PHASES = java.util.Set.of(
            System.getProperty("hum.load.phases", "contacts,raw,payments,reads,overhead").split(","));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    OperationsLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: OperationsLoad BASE_URL DEMO_PASSWORD THREADS SECONDS [ROOT_JDBC_URL]");
            System.exit(2);
        }
        if (!URI.create(args[0]).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int threads = Integer.parseInt(args[2]);
        long seconds = Math.min(Long.parseLong(args[3]), 120);
        String rootJdbc = args.length == 5 ? args[4] : "jdbc:mariadb://127.0.0.1:3306/";
        new OperationsLoad(args[0]).run(args[1], threads, seconds, rootJdbc);
    }

    private void run(String password, int threads, long seconds, String rootJdbc) throws Exception {
        String officer = login("officer1", password);
        String controller = login("controller1", password);
        String authoriser = login("authoriser1", password);
        long t0 = System.nanoTime();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(ready(officer, controller, authoriser, i));
        }
        System.out.printf("prepared %d ready files over REST in %.1f s%n", FILES, (System.nanoTime() - t0) / 1e9);

        List<String> reports = Collections.synchronizedList(new ArrayList<>());
        Result hum = null;
        if (PHASES.contains("contacts")) {
            hum = phase("POST contact report", threads, seconds, 201, n -> {
                String body = """
                        {"occurredAt":"%s","method":"CALL","place":"By phone","durationMinutes":5,
                         "narrative":"Load test call %d: the source confirmed the Tuesday crossing.",
                         "presentUsers":["officer1"],"othersPresent":[],
                         "items":[{"text":"Tuesday crossing confirmed (%d)","credibility":"3"}]}"""
                        .formatted(Instant.now().minusSeconds(600), n, n);
                HttpResponse<String> r = send(officer, "POST", "sources/" + files.get(n % FILES) + "/contact-reports", body,
                        "Idempotency-Key", UUID.randomUUID().toString());
                if (r.statusCode() == 201 && reports.size() < 200) {
                    reports.add(files.get(n % FILES) + "/" + id(r.body()));
                }
                return r;
            });
        }
        if (PHASES.contains("raw")) {
            Result raw = RawContactWrites.run(rootJdbc, threads, seconds, FILES);
            System.out.printf("%-30s %d clients, %.1f s: %d transactions (%.1f/s); latency ms p50 %.1f, p95 %.1f, p99 %.1f%n",
                    "raw JDBC, same rows", threads, raw.seconds(), raw.ok(), raw.rate(), raw.p50(), raw.p95(), raw.p99());
            if (hum != null) {
                System.out.printf("contact reports: HUM %.1f/s, raw JDBC %.1f/s, ratio %.3f (HUM p99 %.1f ms)%n",
                        hum.rate(), raw.rate(), hum.rate() / raw.rate(), hum.p99());
            }
        }
        if (PHASES.contains("payments")) {
            if (reports.isEmpty()) {
                throw new IllegalStateException("no contact report was accepted: nothing to rest payments on");
            }
            phase("POST payment request", threads, seconds, 201, n -> {
                String[] at = reports.get(n % reports.size()).split("/");
                return send(officer, "POST", "sources/" + at[0] + "/payments", """
                        {"amount":1.00,"currency":"USD","kind":"EXPENSES","purpose":"Load test %d","contingentOn":"NONE",
                         "contactReportId":"%s"}""".formatted(n, at[1]));
            });
        }
        if (PHASES.contains("reads")) {
            phase("GET dashboard (controller1)", threads, seconds, 200, n -> send(controller, "GET", "dashboard", null));
            phase("GET sources?size=20", threads, seconds, 200, n -> send(officer, "GET", "sources?size=20", null));
            phase("GET a file's contact reports", threads, seconds, 200,
                    n -> send(officer, "GET", "sources/" + files.get(n % FILES) + "/contact-reports", null));
            phase("GET a file's ledger", threads, seconds, 200,
                    n -> send(controller, "GET", "sources/" + files.get(n % FILES) + "/ledger", null));
        }
        if (PHASES.contains("overhead")) {
            Result me = phase("GET auth/me", threads, seconds, 200, n -> send(officer, "GET", "auth/me", null));
            Result health = phase("GET health", threads, seconds, 200, n -> send(null, "GET", "health", null));
            System.out.printf("per-request overhead: auth/me at %.3f of health's rate%n", me.rate() / health.rate());
        }
    }

    /** A file made ready for contact as the demo's users would make it: registered, validated, authorised, instructed. */
    String ready(String officer, String controller, String authoriser, int i) throws Exception {
        String code = "LOAD" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L, 36).toUpperCase();
        String id = id(expect(send(officer, "POST", "sources", ("{\"codeName\":\"%s\",\"compartment\":\"COPPER\","
                + "\"trueName\":\"Load Subject %s\",\"dateOfBirth\":\"1980-01-%02d\",\"phoneNumber\":\"+1 520 555 %04d\"}")
                .formatted(code, code, 1 + i % 28, 3000 + i)), 201, "registration"));
        String findings = id(expect(send(officer, "POST", "sources/" + id + "/validations", "{\"criminalHistory\":\"NO_RECORD\","
                + "\"subjectStatus\":\"NONE\",\"motivations\":[\"MONEY\"],\"access\":\"DIRECT\",\"accessDetails\":\"Load test access\","
                + "\"proofOfExistence\":\"Identity document checked\"}"), 201, "validation findings"));
        expect(send(controller, "POST", "sources/" + id + "/validations/" + findings + "/conclusion",
                "{\"suitable\":true,\"reasons\":\"Load test\"}"), 201, "validation conclusion");
        String authorisation = id(expect(send(officer, "POST", "sources/" + id + "/authorisations", "{\"kind\":\"STANDARD\","
                + "\"necessity\":\"Load test necessity.\",\"proportionality\":\"Load test proportionality.\","
                + "\"tasks\":\"Report by phone.\",\"collateralIntrusion\":\"None expected.\",\"confidentialInformation\":\"none\"}"),
                201, "authorisation application"));
        expect(send(authoriser, "POST", "authorisations/" + authorisation + "/grant", "{\"risksExplainedAndUnderstood\":true}"),
                200, "authorisation grant");
        expect(send(officer, "POST", "sources/" + id + "/instructions", "{\"witness\":\"controller1\",\"sourceAcknowledged\":true}"),
                201, "instructions");
        return id;
    }

    static String expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + r.statusCode() + " (start HUM with ./run first)");
        }
        return r.body();
    }

    /** One phase's outcome; latencies in milliseconds. */
    record Result(long ok, double seconds, double p50, double p95, double p99) {
        double rate() {
            return ok / seconds;
        }
    }

    /** The latency at percentile {@code p} of sorted nanosecond latencies, in milliseconds. */
    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    interface Call {
        HttpResponse<String> call(int n) throws Exception;
    }

    Result phase(String name, int threads, long seconds, int expected, Call call) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end && counter.get() < 1_000_000) {
                    int n = (int) counter.incrementAndGet();
                    long t0 = System.nanoTime();
                    try {
                        int status = call.call(n).statusCode();
                        latencies.add(System.nanoTime() - t0);
                        (status == expected ? ok : failed).incrementAndGet();
                        if (status >= 500) {
                            serverErrors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result r = new Result(ok.get(), elapsed, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        System.out.printf("%-30s %d clients, %.1f s: %d ok (%.1f/s), %d not as expected (%d 5xx); latency ms p50 %.1f, p95 %.1f, p99 %.1f%n",
                name, threads, elapsed, r.ok(), r.rate(), failed.get(), serverErrors.get(), r.p50(), r.p95(), r.p99());
        return r;
    }

    String login(String user, String password) throws Exception {
        HttpResponse<String> r = send(null, "POST", "auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        return m.group(1);
    }

    HttpResponse<String> send(String token, String method, String path, String json, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in an answer");
        }
        return m.group(1);
    }
}
