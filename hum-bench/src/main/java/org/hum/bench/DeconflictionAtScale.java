package org.hum.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A deconfliction check's server-side work on a filled installation (docs/performance.md,
 * "Deconfliction at 1,000,000 index rows"). The deliberate floor (every answer takes 250 ms at
 * least) hides the work from a client, so it is read from a flight recording of the server: the
 * floor's sleep records the time it was asked to wait, and the work is the floor less that wait.
 *
 * <pre>
 * DeconflictionAtScale BASE_URL DEMO_PASSWORD CHECKS     drives CHECKS checks
 * DeconflictionAtScale --floor RECORDING.jfr WARM        prints the work of the recorded checks past the first WARM
 * </pre>
 *
 * The driver makes case officers of its own for the run (asked for by admin1, approved by admin2),
 * 150 checks each, raises the rule profile's checks a day for the run and puts it back after.
 * Each check names a random true name with a date of birth, a phone and a passport number, of the
 * forms the data generator writes, so each value meets as many indexed files as a real one would.
 */
public final class DeconflictionAtScale {
    private static final Random RANDOM = new Random(7);
    private static final String[] GIVEN = {"Jose", "Maria", "Juan", "Ana", "Luis", "Rosa", "Carlos", "Elena"};
    private static final String[] FAMILY = {"Garcia", "Lopez", "Hernandez", "Martinez", "Gonzalez", "Perez", "Ruiz"};

    private DeconflictionAtScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--floor")) {
            floor(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: DeconflictionAtScale BASE_URL DEMO_PASSWORD CHECKS | --floor RECORDING.jfr WARM");
            System.exit(2);
        }
        if (!URI.create(args[0]).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        drive(new OperationsLoad(args[0]), args[1], Integer.parseInt(args[2]));
    }

    private static void drive(OperationsLoad api, String password, int checks) throws Exception {
        String admin = api.login("admin1", password);
        String approver = api.login("admin2", password);
        expect(api.send(admin, "PUT", "admin/rule-profile", "{\"profile\":\"US_FEDERAL\",\"deconflictionChecksPerDay\":200}"),
                200, "raising the checks a day");
        try {
            // officers of the run's own, each with a prospect, 150 checks each: the day's limit never stops a run
            String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
            int perOfficer = 150;
            List<String> officers = new ArrayList<>();
            List<String> prospects = new ArrayList<>();
            for (int o = 0; o * perOfficer < checks; o++) {
                String username = "dc-" + run + "-" + o;
                String secret = "Dc-" + UUID.randomUUID() + "-9x";
                String asked = expect(api.send(admin, "POST", "admin/users", "{\"username\":\"" + username
                        + "\",\"displayName\":\"Deconfliction at scale " + o + "\",\"unit\":\"BENCH\",\"clearance\":"
                        + "\"SENSITIVE\",\"roles\":[\"CASE_OFFICER\"],\"compartments\":[\"MESA\"],\"password\":\"" + secret
                        + "\"}"), 202, "an officer asked for");
                expect(api.send(approver, "POST", "admin/requests/" + OperationsLoad.id(asked) + "/approval", null), 200,
                        "the officer approved");
                String token = api.login(username, secret);
                officers.add(token);
                prospects.add(OperationsLoad.id(expect(api.send(token, "POST", "prospects",
                        "{\"workingName\":\"Deconfliction at scale\",\"compartment\":\"MESA\"}"), 201, "a prospect")));
            }
            long started = System.nanoTime();
            for (int i = 0; i < checks; i++) {
                int o = i / perOfficer;
                String name = GIVEN[RANDOM.nextInt(GIVEN.length)] + " " + FAMILY[RANDOM.nextInt(FAMILY.length)] + " "
                        + FAMILY[RANDOM.nextInt(FAMILY.length)] + " " + RANDOM.nextInt(100_000);
                LocalDate born = LocalDate.of(1960 + RANDOM.nextInt(45), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
                String phone = "+52 6" + String.format(Locale.ROOT, "%02d %03d %04d", RANDOM.nextInt(100),
                        RANDOM.nextInt(1000), RANDOM.nextInt(10000));
                String document = String.format(Locale.ROOT, "A%09d", RANDOM.nextInt(1_000_000_000));
                String body = "{\"purpose\":\"PROSPECT\",\"prospectId\":\"" + prospects.get(o) + "\",\"trueName\":\""
                        + name + "\",\"dateOfBirth\":\"" + born + "\",\"phoneNumber\":\"" + phone
                        + "\",\"documentNumber\":\"" + document + "\",\"documentCountry\":\"MX\"}";
                expect(api.send(officers.get(o), "POST", "deconfliction/checks", body), 202, "a check");
            }
            System.out.printf(Locale.ROOT, "%d checks by %d officers in %.1f s; read their work from the server's flight "
                    + "recording with --floor%n", checks, officers.size(), (System.nanoTime() - started) / 1e9);
        } finally {
            expect(api.send(admin, "PUT", "admin/rule-profile", "{\"profile\":\"US_FEDERAL\"}"), 200, "the profile back");
            expect(api.send(admin, "POST", "admin/rule-profile/reset", ""), 200, "the profile's tuning reset");
        }
    }

    /** The floor's sleeps in a recording, in the order they began, the first {@code warm} left out. */
    private static void floor(Path recording, int warm) throws Exception {
        List<RecordedEvent> sleeps = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (e.getEventType().getName().equals("jdk.ThreadSleep") && e.getStackTrace() != null
                    && e.getStackTrace().getFrames().stream().anyMatch(DeconflictionAtScale::isFloor)) {
                sleeps.add(e);
            }
        }
        sleeps.sort(Comparator.comparing(RecordedEvent::getStartTime));
        List<Long> work = new ArrayList<>();
        for (RecordedEvent e : sleeps.subList(Math.min(warm, sleeps.size()), sleeps.size())) {
            work.add(250 - e.getDuration("time").toMillis());
        }
        if (work.isEmpty()) {
            System.out.println("no floor sleeps past the first " + warm + " in the recording");
            System.exit(1);
        }
        Collections.sort(work);
        System.out.printf(Locale.ROOT, "server-side work of %d checks (after %d to warm), ms: p50 %d, p95 %d, p99 %d, max %d%n",
                work.size(), Math.min(warm, sleeps.size()), at(work, 0.50), at(work, 0.95), at(work, 0.99),
                work.get(work.size() - 1));
    }

    private static boolean isFloor(RecordedFrame f) {
        return f.getMethod().getType().getName().endsWith(".CheckFloor") && f.getMethod().getName().equals("padTo");
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static String expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
