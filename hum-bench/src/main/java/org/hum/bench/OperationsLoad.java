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
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load driver for the operations (docs/domain.md, "Tasking", "Contact reports", "Payments and benefits") against a HUM started with {@code ./run} on this
 * machine (its demo walk leaves KESTREL ready to be tasked and paid). For {@code seconds}
 * seconds each, {@code threads} clients:
 * <ol>
 *   <li>submit contact reports to KESTREL (one intelligence item each, an idempotency key each);</li>
 *   <li>request payments of 1.00 resting on one of those reports (serialised per source by design:
 *       each request counts the others in the source's exposure);</li>
 *   <li>read controller1's dashboard (every feature's lists, label-checked);</li>
 *   <li>read KESTREL's ledger (totals and the hash chain's check).</li>
 * </ol>
 * Each phase reports calls a second and the latency at the 50th, 95th and 99th percentiles.
 * Loopback only, bounded in time. It adds reports and payment requests to the installation.
 *
 * <pre>java -cp hum-bench/target/benchmarks.jar org.hum.bench.OperationsLoad \
 *   http://localhost:8080/hum/api/ "$(cat .hum/secrets/demo.password)" 8 15</pre>
 */
public final class OperationsLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    private OperationsLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: OperationsLoad BASE_URL DEMO_PASSWORD THREADS SECONDS");
            System.exit(2);
        }
        if (!URI.create(args[0]).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int threads = Integer.parseInt(args[2]);
        long seconds = Math.min(Long.parseLong(args[3]), 120);
        new OperationsLoad(args[0]).run(args[1], threads, seconds);
    }

    private void run(String password, int threads, long seconds) throws Exception {
        String officer = login("officer1", password);
        String controller = login("controller1", password);
        String page = send(officer, "GET", "sources?size=100", null).body();
        Matcher kestrel = Pattern.compile("\\{[^{}]*\"codeName\"\\s*:\\s*\"KESTREL\"[^{}]*}").matcher(page);
        if (!kestrel.find()) {
            throw new IllegalStateException("no demo source KESTREL: start HUM with ./run first");
        }
        String source = id(kestrel.group());

        List<String> reports = Collections.synchronizedList(new ArrayList<>());
        phase("POST contact report", threads, seconds, 201, n -> {
            String body = """
                    {"occurredAt":"%s","method":"CALL","place":"By phone","durationMinutes":5,
                     "narrative":"Load test call %d: the source confirmed the Tuesday crossing.",
                     "presentUsers":["officer1"],"othersPresent":[],
                     "items":[{"text":"Tuesday crossing confirmed (%d)","credibility":"3"}]}"""
                    .formatted(Instant.now().minusSeconds(600), n, n);
            HttpResponse<String> r = send(officer, "POST", "sources/" + source + "/contact-reports", body,
                    "Idempotency-Key", UUID.randomUUID().toString());
            if (r.statusCode() == 201 && reports.size() < 50) {
                reports.add(id(r.body()));
            }
            return r;
        });
        if (reports.isEmpty()) {
            throw new IllegalStateException("no contact report was accepted: nothing to rest payments on");
        }
        phase("POST payment request", threads, seconds, 201, n -> send(officer, "POST", "sources/" + source + "/payments", """
                {"amount":1.00,"currency":"USD","kind":"EXPENSES","purpose":"Load test %d","contingentOn":"NONE",
                 "contactReportId":"%s"}""".formatted(n, reports.get(n % reports.size()))));
        phase("GET dashboard (controller1)", threads, seconds, 200, n -> send(controller, "GET", "dashboard", null));
        phase("GET ledger of KESTREL", threads, seconds, 200, n -> send(controller, "GET", "sources/" + source + "/ledger", null));
    }

    private interface Call {
        HttpResponse<String> call(int n) throws Exception;
    }

    private void phase(String name, int threads, long seconds, int expected, Call call) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end && counter.get() < 100_000) {
                    int n = (int) counter.incrementAndGet();
                    long t0 = System.nanoTime();
                    try {
                        int status = call.call(n).statusCode();
                        latencies.add(System.nanoTime() - t0);
                        (status == expected ? ok : failed).incrementAndGet();
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
        IntFunction<Double> pct = p -> sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        System.out.printf("%-30s %d clients, %.1f s: %d ok (%.1f/s), %d failed; latency ms p50 %.1f, p95 %.1f, p99 %.1f%n",
                name, threads, elapsed, ok.get(), ok.get() / elapsed, failed.get(), pct.apply(50), pct.apply(95), pct.apply(99));
    }

    private String login(String user, String password) throws Exception {
        HttpResponse<String> r = send(null, "POST", "auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        return m.group(1);
    }

    private HttpResponse<String> send(String token, String method, String path, String json, String... headers)
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

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in an answer");
        }
        return m.group(1);
    }
}
