package org.hum.bench;

import org.hum.audit.verify.AuditVerifier;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-instance stage of CI (docs/testing.md, "Two instances"): against HUM started with
 * {@code --instances 2} (8080 and 8081 on one database), it checks that
 * <ol>
 *   <li>a token issued by one instance works on the other, and so does a UI session;</li>
 *   <li>a role taken away on one is refused on the other at the next request, and a rule profile
 *   chosen on one is in force on the other; failed logins from one address count on both;</li>
 *   <li>with contact reports and payment requests written to both, killing the instance that runs
 *   the scheduled jobs with SIGKILL loses no acknowledged write and duplicates none; the audit
 *   trail verifies; no due item is duplicated; a UI session of the dead instance goes on on the
 *   survivor; every release acknowledged reaches the partner it is pushed to, once;</li>
 *   <li>the jobs ran on one instance at a time (the job lease's tenures never overlap, each
 *   minute job ran once a minute), and moved to the survivor (the takeover time is printed).</li>
 * </ol>
 * It also measures contact reports a second over both instances and over one.
 *
 * <pre>java -cp benchmarks.jar org.hum.bench.TwoInstanceCheck HOME DATABASE [ROOT_JDBC_URL]</pre>
 * HOME is the run command's {@code --home} (the demo password and the audit key are read there).
 */
public final class TwoInstanceCheck {
    private static final String[] BASES = {"http://localhost:8080/hum/api/", "http://localhost:8081/hum/api/"};
    private static final String[] UI = {"http://localhost:8080/hum/", "http://localhost:8081/hum/"};
    private static final Pattern REQUEST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Path home;
    private final String jdbc;
    private final String password;
    private final OperationsLoad[] instances = {new OperationsLoad(BASES[0]), new OperationsLoad(BASES[1])};
    private final Checks checks = new Checks();

    private TwoInstanceCheck(Path home, String jdbc) throws Exception {
        this.home = home;
        this.jdbc = jdbc;
        this.password = Files.readString(home.resolve("secrets/demo.password")).strip();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TwoInstanceCheck HOME DATABASE [ROOT_JDBC_URL]");
            System.exit(2);
        }
        String root = args.length > 2 ? args[2] : "jdbc:mariadb://127.0.0.1:3306/";
        TwoInstanceCheck check = new TwoInstanceCheck(Path.of(args[0]), root + args[1] + "?user=root&password=");
        check.run();
        check.checks.end("Two-instance check");
    }

    private void check(boolean ok, String what) {
        checks.check(ok, what);
    }

    private void run() throws Exception {
        System.out.println("(a) a token from one instance works on the other");
        String officer = instances[0].login("officer1", password);
        HttpResponse<String> me = instances[1].send(officer, "GET", "auth/me", null);
        check(me.statusCode() == 200 && me.body().contains("officer1"), "officer1's token from 8080 is officer1 on 8081 ("
                + me.statusCode() + ")");
        UiSession ui = new UiSession();
        UiSession.Page home = ui.login(UI[1], "officer1", password);
        check("officer1".equals(home.currentUser()), "officer1 logged in to the UI on 8081 (" + home.uri() + ")");
        UiSession.Page there = ui.get(UI[0], "index.xhtml");
        check("officer1".equals(there.currentUser()), "the UI session from 8081 is officer1's on 8080 (" + there.uri() + ")");
        String controller = instances[1].login("controller1", password);
        String authoriser = instances[0].login("authoriser1", password);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // each step alternating between the instances' tokens and addresses
            files.add(instances[i % 2].ready(officer, controller, authoriser, i));
        }
        check(files.size() == 4, "4 files registered, validated, authorised and instructed over both instances");

        System.out.println("(b) a role taken away on one instance is refused on the other");
        roleChange();

        System.out.println("(b) a rule profile changed on one instance is in force on the other");
        ruleProfileChange();

        System.out.println("(b) failed logins from one address count on both instances");
        addressThrottle();

        System.out.println("contact reports a second (16 clients, 10 s each, after 10 s of warm-up over both)");
        rate(officer, files, 16, 10, true);
        double both = rate(officer, files, 16, 10, true);
        double one = rate(officer, files, 16, 10, false);
        System.out.printf("  over both instances %.1f/s, over 8080 alone %.1f/s%n", both, one);

        System.out.println("(c) SIGKILL of the instance that runs the jobs, under contact-report and payment load");
        killUnderLoad(officer, files);
    }

    /**
     * Twenty failed logins from one address, ten on each instance, lock that address on both (each
     * instance counting its own would leave it ten short of the limit on each); another address
     * is not touched. From 127.0.0.5 (the whole of 127/8 is loopback), so that the check's own
     * logins from 127.0.0.1 go on.
     */
    private void addressThrottle() throws Exception {
        for (int i = 0; i < 20; i++) {
            int status = loginFrom("127.0.0.5", 8080 + i % 2, "nobody-" + i, "not the password " + i);
            if (status != 401) {
                check(false, "failed login " + i + " from 127.0.0.5 answered " + status);
                return;
            }
        }
        int first = loginFrom("127.0.0.5", 8080, "officer1", password);
        int second = loginFrom("127.0.0.5", 8081, "officer1", password);
        check(first == 401 && second == 401, "after 10 failures on each instance, officer1's right password from that address "
                + "is refused on both (8080 " + first + ", 8081 " + second + ")");
        int other = loginFrom("127.0.0.6", 8081, "officer1", password);
        check(other == 200, "and accepted from another address (" + other + ")");
    }

    /** A login sent from the local address {@code local} to the instance on {@code port}; the status. */
    private static int loginFrom(String local, int port, String username, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(20_000);
            byte[] body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString()
                    .getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /hum/api/auth/login HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private void roleChange() throws Exception {
        String reviewer = instances[1].login("reviewer1", password);
        check(instances[0].send(reviewer, "POST", "audit/chain", "").statusCode() == 200
                && instances[1].send(reviewer, "POST", "audit/chain", "").statusCode() == 200,
                "reviewer1 may ask for chaining on both instances");
        String admin1 = instances[0].login("admin1", password);
        HttpResponse<String> asked = instances[0].send(admin1, "PATCH", "admin/users/reviewer1",
                "{\"roles\":[\"REPORTS_OFFICER\"]}");
        if (asked.statusCode() == 202) {
            Matcher m = REQUEST_ID.matcher(asked.body());
            String admin2 = instances[1].login("admin2", password);
            check(m.find() && instances[1].send(admin2, "POST", "admin/requests/" + m.group(1) + "/approval", "")
                    .statusCode() == 200, "admin2 approves on 8081 the change admin1 asked for on 8080");
        } else {
            check(asked.statusCode() == 200, "admin1 changes reviewer1's role on 8080 (" + asked.statusCode() + ")");
        }
        int on8081 = instances[1].send(reviewer, "POST", "audit/chain", "").statusCode();
        int on8080 = instances[0].send(reviewer, "POST", "audit/chain", "").statusCode();
        check(on8081 == 403 && on8080 == 403, "reviewer1's token is refused at once on both (8081 " + on8081 + ", 8080 " + on8080 + ")");
    }

    private void ruleProfileChange() throws Exception {
        String admin = instances[0].login("admin1", password);
        String officer = instances[1].login("officer2", password);
        try {
            check(instances[0].send(admin, "PUT", "admin/rule-profile", "{\"profile\":\"UK\"}").statusCode() == 200,
                    "admin1 chooses the UK profile on 8080");
            String read = instances[1].send(officer, "GET", "rule-profile", null).body();
            check(read.matches("(?s).*\"profile\"\\s*:\\s*\"UK\".*"), "8081 answers with the UK profile at the next request");
        } finally {
            instances[0].send(admin, "PUT", "admin/rule-profile", "{\"profile\":\"US_FEDERAL\"}");
            instances[0].send(admin, "POST", "admin/rule-profile/reset", "");
        }
        String back = instances[1].send(officer, "GET", "rule-profile", null).body();
        check(back.matches("(?s).*\"profile\"\\s*:\\s*\"US_FEDERAL\".*"), "and with the US profile once it is put back");
    }

    private static String contactReport(int n) {
        return """
                {"occurredAt":"%s","method":"CALL","place":"By phone","durationMinutes":5,
                 "narrative":"Two-instance check call %d.","presentUsers":["officer1"],"othersPresent":[],
                 "items":[{"text":"Crossing confirmed (%d)","credibility":"3"}]}""".formatted(Instant.now().minusSeconds(600), n, n);
    }

    /** Contact reports a second for {@code seconds} at {@code threads} clients, over both instances or over 8080 alone. */
    private double rate(String officer, List<String> files, int threads, long seconds, boolean both) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            OperationsLoad target = instances[both ? t % 2 : 0];
            workers.add(started(() -> {
                while (System.nanoTime() < end) {
                    int n = (int) counter.incrementAndGet();
                    try {
                        if (target.send(officer, "POST", "sources/" + files.get(n % files.size()) + "/contact-reports",
                                contactReport(n), "Idempotency-Key", UUID.randomUUID().toString()).statusCode() == 201) {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // counted as not ok
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return ok.get() / ((System.nanoTime() - started) / 1e9);
    }

    private void killUnderLoad(String officer, List<String> files) throws Exception {
        String holder = scalar("select holder from job_lease where name = 'jobs'");
        int victim = holder.startsWith("hum2/") ? 1 : 0;
        long pid = Long.parseLong(holder.substring(holder.indexOf('/') + 1));
        System.out.println("  the jobs run on " + holder + " (port " + (8080 + victim) + "): that one is killed");

        Set<String> ackedReports = Collections.synchronizedSet(new HashSet<>());
        Set<String> ackedPayments = Collections.synchronizedSet(new HashSet<>());
        List<String> reportsByFile = Collections.synchronizedList(new ArrayList<>());
        AtomicLong ambiguous = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        // a UI session made on the instance that dies, with a page (and its form) it served
        UiSession ui = new UiSession();
        ui.login(UI[victim], "officer1", password);
        UiSession.Page served = ui.get(UI[victim], "index.xhtml");
        check("officer1".equals(served.currentUser()) && served.viewState() != null,
                "officer1 logged in to the UI on the instance that will die, a page with a form open");
        // releases pushed to a partner while it dies
        PushUnderKill push = new PushUnderKill(instances);
        String controller = instances[1 - victim].login("controller1", password);
        push.prepare(instances[victim].login("admin1", password), controller, officer, files);
        String reports = instances[victim].login("reports1", password);
        push.open = false; // the partner is down until the kill: the releases wait in the outbox
        for (int n = 0; n < 4; n++) {
            push.releaseOne(1000 + n, files.get(n % files.size()), officer, reports, controller);
        }
        long end = System.nanoTime() + 25_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        workers.add(started(() -> {
            for (int n = 0; System.nanoTime() < end; n++) {
                push.releaseOne(n, files.get(n % files.size()), officer, reports, controller);
            }
        }));
        for (int t = 0; t < 8; t++) {
            int preferred = t % 2;
            workers.add(started(() -> {
                while (System.nanoTime() < end) {
                    int n = (int) counter.incrementAndGet();
                    String file = files.get(n % files.size());
                    if (n % 3 == 0 && !reportsByFile.isEmpty()) {
                        pay(officer, preferred, reportsByFile, ackedPayments, ambiguous, serverErrors, n);
                        continue;
                    }
                    String key = UUID.randomUUID().toString();
                    for (int attempt = 0; attempt < 6; attempt++) { // the same key on the other instance: recorded once
                        OperationsLoad target = instances[(preferred + attempt) % 2];
                        try {
                            HttpResponse<String> r = target.send(officer, "POST", "sources/" + file + "/contact-reports",
                                    contactReport(n), "Idempotency-Key", key);
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                String id = OperationsLoad.id(r.body());
                                ackedReports.add(file + "/" + id);
                                reportsByFile.add(file + "/" + id);
                                break;
                            }
                            if (r.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                        } catch (java.net.ConnectException refused) {
                            continue; // nothing was sent: the other instance at once
                        } catch (Exception e) {
                            // no answer: the same key again, on the other instance
                        }
                        sleep(200);
                    }
                }
            }));
        }
        sleep(8000);
        boolean killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false); // SIGKILL
        Instant killedAt = Instant.parse(scalar("select date_format(now(3), '%Y-%m-%dT%H:%i:%s.%fZ')"));
        push.open = true;
        check(killed, "instance " + holder + " killed with SIGKILL at " + killedAt);
        for (Thread w : workers) {
            w.join();
        }
        OperationsLoad survivor = instances[1 - victim];
        System.out.printf("  acknowledged: %d contact reports, %d payment requests; %d payment requests without an answer "
                + "(connection lost after sending: not resent, they may or may not have been made); %d 5xx answers%n",
                ackedReports.size(), ackedPayments.size(), ambiguous.get(), serverErrors.get());
        check(ackedReports.size() > 50, "more than 50 contact reports acknowledged (" + ackedReports.size() + ")");

        // every acknowledged write is there, once
        Set<String> seenReports = new HashSet<>();
        Set<String> seenPayments = new HashSet<>();
        int duplicates = 0;
        for (String file : files) {
            for (int from = 0; ; from += 200) {
                HttpResponse<String> page = survivor.send(officer, "GET", "sources/" + file + "/contact-reports?from=" + from
                        + "&size=200", null);
                List<String> ids = reportIds(page.body());
                for (String id : ids) {
                    duplicates += seenReports.add(file + "/" + id) ? 0 : 1;
                }
                if (ids.size() < 200) {
                    break;
                }
            }
            for (int from = 0; ; from += 200) {
                HttpResponse<String> page = survivor.send(officer, "GET", "sources/" + file + "/payments?from=" + from
                        + "&size=200", null);
                var payments = Json.createReader(new StringReader(page.body())).readObject().getJsonArray("payments");
                for (JsonValue p : payments) {
                    duplicates += seenPayments.add(p.asJsonObject().getString("id")) ? 0 : 1;
                }
                if (payments.size() < 200) {
                    break;
                }
            }
        }
        Set<String> lostReports = new HashSet<>(ackedReports);
        lostReports.removeAll(seenReports);
        Set<String> lostPayments = new HashSet<>(ackedPayments);
        lostPayments.removeAll(seenPayments);
        check(lostReports.isEmpty(), "every acknowledged contact report is there (" + lostReports.size() + " missing of "
                + ackedReports.size() + ")");
        check(lostPayments.isEmpty(), "every acknowledged payment request is there (" + lostPayments.size() + " missing of "
                + ackedPayments.size() + ")");
        check(duplicates == 0, "no report or payment listed twice (" + duplicates + ")");
        check("0".equals(scalar("select count(*) from (select 1 from contact_report where idempotency_key is not null "
                + "group by recorded_by, idempotency_key having count(*) > 1) d")), "no idempotency key recorded twice");
        check("0".equals(scalar("select count(*) from (select 1 from due_item group by kind, object_type, object_id "
                + "having count(*) > 1) d")), "no due item twice");

        uiSessionSurvived(ui, served, UI[1 - victim]);
        pushedOnce(push);
        push.close();
        jobsMoved(holder, killedAt, survivor);
        auditVerifies(survivor);
    }

    /** The session made on the dead instance goes on on the survivor: a page, then the dead one's form. */
    private void uiSessionSurvived(UiSession ui, UiSession.Page served, String survivor) throws Exception {
        System.out.println("(c) the UI session of the instance that died");
        UiSession.Page page = ui.get(survivor, "index.xhtml");
        check("officer1".equals(page.currentUser()), "officer1's UI session goes on on the survivor (" + page.uri() + ")");
        UiSession.Page out = ui.logout(survivor, "index.xhtml", served);
        check(out.status() == 200 && out.uri().getPath().endsWith("/login.xhtml"),
                "the log-out form of a page the dead instance served works on the survivor (" + out.status() + " " + out.uri() + ")");
        UiSession.Page after = ui.get(survivor, "index.xhtml");
        check(after.currentUser() == null && after.uri().getPath().endsWith("/login.xhtml"),
                "after it, the session is logged out (" + after.uri() + ")");
    }

    /**
     * Every release acknowledged before and during the kill (the partner refusing every attempt until
     * it) reached the partner under its one delivery id, once; the receiver saw no id the outbox
     * does not hold. (A delivery whose partner answered 2xx just before its instance died, its answer
     * never recorded, would come again under the same id, for the partner to drop: the receiver
     * accepts nothing before the kill, so here none may.)
     */
    private void pushedOnce(PushUnderKill push) throws Exception {
        System.out.println("(c) partner deliveries across the kill");
        String org = push.organisation().replace("'", "");
        String pendingSql = "select count(*) from partner_outbox where status <> 'DELIVERED' and partner_org_id = '" + org + "'";
        for (int i = 0; i < 90 && !"0".equals(scalar(pendingSql)); i++) {
            sleep(1000); // a delivery the dead instance had claimed waits out its claim (3 x the push timeout)
        }
        Map<String, String> deliveryOf = new HashMap<>();
        int rowsTwice = 0;
        for (String row : rows("select e.version_id, o.delivery_id, o.status from partner_outbox o join partner_entry e "
                + "on e.id = o.partner_entry_id where e.kind = 'RELEASE' and o.partner_org_id = '" + org + "'")) {
            String[] f = row.split(" ");
            rowsTwice += deliveryOf.put(f[0], f[2].equals("DELIVERED") ? f[1] : "PENDING") == null ? 0 : 1;
        }
        long redelivered = push.accepted.values().stream().filter(n -> n.get() > 1).count();
        System.out.printf("  %d releases acknowledged (%d steps unanswered, %d 5xx); %d attempts refused by the partner before "
                + "the kill; %d deliveries accepted after it, %d of them twice%n", push.released.size(), push.unanswered.get(),
                push.serverErrors.get(), push.refusedAttempts.get(), push.accepted.size(), redelivered);
        if (push.firstRefusal.get() != null) {
            System.out.println("  a step refused: " + push.firstRefusal.get());
        }
        check(push.released.size() >= 4 && push.refusedAttempts.get() > 0,
                "releases acknowledged and tried while the partner was down (" + push.released.size() + ")");
        check(rowsTwice == 0, "one outbox delivery per release (" + rowsTwice + " twice)");
        List<String> missing = push.released.stream().filter(v -> {
            String id = deliveryOf.get(v);
            return id == null || !push.accepted.containsKey(id);
        }).toList();
        check(missing.isEmpty(), "every acknowledged release reached the partner (" + missing.size() + " did not)");
        Set<String> known = new HashSet<>(deliveryOf.values());
        check(known.containsAll(push.accepted.keySet()), "the partner received no delivery the outbox does not hold");
        check(redelivered == 0, "no delivery accepted twice (" + redelivered + ")");
    }

    /**
     * A payment request has no idempotency key: it is sent again, to the other instance, only when
     * the connection was refused (nothing reached a server); an answer lost after that is counted as
     * ambiguous and never resent.
     */
    private void pay(String officer, int preferred, List<String> reports, Set<String> acked, AtomicLong ambiguous,
                     AtomicLong serverErrors, int n) {
        String[] at = reports.get(ThreadLocalRandom.current().nextInt(reports.size())).split("/");
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> r = instances[(preferred + attempt) % 2].send(officer, "POST", "sources/" + at[0]
                        + "/payments", """
                        {"amount":1.00,"currency":"USD","kind":"EXPENSES","purpose":"Two-instance check %d","contingentOn":"NONE",
                         "contactReportId":"%s"}""".formatted(n, at[1]));
                if (r.statusCode() == 201) {
                    acked.add(OperationsLoad.id(r.body()));
                } else if (r.statusCode() >= 500) {
                    serverErrors.incrementAndGet();
                }
                return;
            } catch (java.net.ConnectException refused) {
                // nothing was sent: the other instance
            } catch (Exception e) {
                ambiguous.incrementAndGet();
                return;
            }
        }
    }

    private static List<String> reportIds(String body) {
        List<String> ids = new ArrayList<>();
        for (JsonValue r : Json.createReader(new StringReader(body)).readObject().getJsonArray("reports")) {
            ids.add(r.asJsonObject().getString("id"));
        }
        return ids;
    }

    /** (d): the tenures never overlap, each minute job ran once a minute, and the survivor took the jobs over. */
    private void jobsMoved(String killedHolder, Instant killedAt, OperationsLoad survivor) throws Exception {
        System.out.println("(d) the jobs ran on one instance at a time, and moved");
        String taken = null;
        for (int i = 0; i < 60 && taken == null; i++) {
            String h = scalar("select holder from job_lease where name = 'jobs'");
            if (!h.equals(killedHolder)) {
                taken = h;
            } else {
                sleep(500);
            }
        }
        check(taken != null, "another instance holds the job lease after the kill (" + taken + ")");
        String since = scalar("select date_format(since, '%Y-%m-%dT%H:%i:%s.%fZ') from job_tenure order by id desc limit 1");
        double takeover = (Instant.parse(since).toEpochMilli() - killedAt.toEpochMilli()) / 1000.0;
        System.out.printf("  the survivor took the jobs over %.1f s after the kill (the lease lapses 6 s after its last renewal)%n",
                takeover);
        check("0".equals(scalar("select count(*) from job_tenure a join job_tenure b on b.id = a.id + 1 "
                + "where b.since < a.renewed_at")), "no tenure of the job lease began before the one before it ended");
        check("0".equals(scalar("select count(*) from (select 1 from job_run where job in ('due-lists', 'tasking-expiry') "
                        + "group by job, date_format(ran_at, '%Y%m%d%H%i') having count(*) > 1 or count(distinct holder) > 1) d")),
                "each minute job ran once a minute, on one instance");
        String ranAfter = null;
        for (int i = 0; i < 75 && ranAfter == null; i++) {
            String n = scalar("select count(*) from job_run where job = 'due-lists' and holder = '" + taken.replace("'", "")
                    + "' and ran_at > '" + killedAt.toString().replace("T", " ").replace("Z", "") + "'");
            if (!"0".equals(n)) {
                ranAfter = n;
            } else {
                sleep(1000);
            }
        }
        check(ranAfter != null, "the due-list job ran on the survivor after the kill");
        System.out.println("  job runs by instance: " + rows("select job, holder, count(*) from job_run group by job, holder"));
    }

    private void auditVerifies(OperationsLoad survivor) throws Exception {
        System.out.println("the audit trail after the kill");
        String admin = survivor.login("admin1", password);
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = survivor.send(admin, "POST", "audit/chain", "");
            if (r.statusCode() == 200 && r.body().matches("(?s).*\"waitingFor\"\\s*:\\s*-1.*")) {
                break;
            }
            sleep(500);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditVerifier.run(new String[] {"--public-key", home.resolve("app/keys/audit-public.pem").toString(),
                "--jdbc", jdbc.substring(0, jdbc.indexOf('?')), "--user", "root", "--password", ""},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = out.toString(StandardCharsets.UTF_8).strip();
        System.out.println("  verifier: " + line + " " + err.toString(StandardCharsets.UTF_8).strip());
        check(status == 0 && line.startsWith("OK"), "the audit trail verifies (the chain never forked, no entry chained twice)");
    }

    private String scalar(String sql) throws SQLException {
        List<String> r = rows(sql);
        return r.isEmpty() ? null : r.get(0);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    b.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work);
        t.start();
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
