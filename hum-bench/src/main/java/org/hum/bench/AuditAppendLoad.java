package org.hum.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load driver for audit appends in the container: {@code threads} writers call
 * {@code GET /api/sources?size=1} for {@code seconds} seconds against a running HUM on this
 * machine; every call appends one SOURCE_LISTED entry in its own transaction (with the
 * bearer-token check and the access-aware count and page around it). It reports calls a
 * second and the audit entries the database gained a second. Bounded in time and count,
 * loopback only.
 *
 * <pre>java -cp hum-bench/target/benchmarks.jar org.hum.bench.AuditAppendLoad \
 *   http://localhost:8080/hum/api/ officer1 PASSWORD jdbc:mariadb://127.0.0.1:3306/hum 8 20</pre>
 */
public final class AuditAppendLoad {
    /** {@code -Dpath=auth/me} (token check only, no audit entry) gives the baseline to compare with. */
    static final String PATH = System.getProperty("path", "sources?size=1");

    private AuditAppendLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: AuditAppendLoad BASE_URL USER PASSWORD ROOT_JDBC_URL THREADS SECONDS");
            System.exit(2);
        }
        String base = args[0];
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int threads = Integer.parseInt(args[4]);
        long seconds = Math.min(Long.parseLong(args[5]), 120);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = login(http, base, args[1], args[2]);

        long before = auditCount(args[3]);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
                for (long n = 0; n < 1_000_000 && System.nanoTime() < end; n++) {
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
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
        Thread.sleep(1500); // let the last transactions commit
        long appended = auditCount(args[3]) - before;
        System.out.printf("GET %s, %d writers, %.1f s: %d calls ok (%.0f/s), %d failed; audit entries appended: %d (%.0f/s)%n",
                PATH, threads, elapsed, ok.get(), ok.get() / elapsed, failed.get(), appended, appended / elapsed);
    }

    private static String login(HttpClient http, String base, String user, String password) throws Exception {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
        return m.group(1);
    }

    private static long auditCount(String rootJdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(rootJdbcUrl, "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
