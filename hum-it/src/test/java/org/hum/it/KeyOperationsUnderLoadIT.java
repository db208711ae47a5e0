package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key operations while officers register files and read them: a KEK rotation, a file's
 * data-key rotation and a destruction (which retires every older KEK once the live keys are
 * re-wrapped) make no registration and no read fail, and every file registered meanwhile reads
 * afterwards: no data key was stored wrapped under a KEK that left the key store.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class KeyOperationsUnderLoadIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void rotationsAndADestructionUnderRegistrationsAndReadsFailNothing() throws Exception {
        String officer = Api.token(officer1());
        String admin = Api.token(admin1());
        String rotated = KeyLifecycleIT.register(officer, "KLOAD-ROT", "Theodora Rotaload");
        String doomed = KeyLifecycleIT.register(officer, "KLOAD-END", "Maximilian Endload");
        Map<String, String> registered = new ConcurrentHashMap<>(); // id -> true name
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    int n = counter.incrementAndGet();
                    String name = "Loadwright Keyfellow" + letters(n);
                    Api.Reply r = Api.post(officer, "sources", Api.registration("KLOAD" + letters(n), copper(), name,
                            "1980-01-01", "+1 520 555 " + String.format("%04d", n % 10_000)));
                    if (r.status() != 201) {
                        failures.add("registration " + r.status() + " " + r.body());
                        continue;
                    }
                    String id = r.json().getString("id");
                    registered.put(id, name);
                    Api.Reply read = Api.get(officer, "sources/" + id);
                    if (read.status() != 200) {
                        failures.add("read of a new file " + read.status() + " " + read.body());
                    }
                }
                return null;
            }));
        }
        for (int t = 0; t < 2; t++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    Api.Reply read = Api.get(officer, "sources/" + rotated);
                    reads.incrementAndGet();
                    if (read.status() != 200 || !read.body().contains("Theodora Rotaload")) {
                        failures.add("read of the rotating file " + read.status() + " " + read.body());
                    }
                }
                return null;
            }));
        }
        try {
            awaitMore(registered, 5);
            Api.Reply kek = Api.post(admin, "admin/keys/kek-rotations", "");
            assertEquals(200, kek.status(), kek.body());
            awaitMore(registered, 5);
            Api.Reply job = Api.post(admin, "admin/keys/sources/" + rotated + "/dek-rotations", "");
            assertEquals(202, job.status(), job.body());
            var destroyed = Shredding.shred(doomed, "Shredded while the office worked on");
            assertFalse(destroyed.getJsonArray("keyEncryptionKeysRetired").isEmpty(), destroyed.toString());
            String state = "";
            for (int i = 0; i < 200 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
                Thread.sleep(100); // polls the job; asserts nothing about time
                state = Api.get(admin, "admin/keys/jobs/" + job.json().getString("id")).json().getString("state");
            }
            assertEquals("DONE", state);
            awaitMore(registered, 5);
        } finally {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        assertEquals(List.of(), failures, "nothing failed while the keys moved");
        // every file registered meanwhile reads now, whichever KEK wrapped its key when it was made
        for (Map.Entry<String, String> e : registered.entrySet()) {
            Api.Reply read = Api.get(officer, "sources/" + e.getKey());
            assertEquals(200, read.status(), read.body());
            assertEquals(e.getValue(), read.json().getJsonObject("identity").getString("trueName"));
        }
        System.out.println("KeyOperationsUnderLoadIT: " + registered.size() + " files registered and " + reads.get()
                + " reads of the rotating file during a KEK rotation, a data-key rotation and a destruction; none failed");
    }

    private static void awaitMore(Map<String, String> registered, int more) throws InterruptedException {
        int target = registered.size() + more;
        for (int i = 0; i < 600 && registered.size() < target; i++) {
            Thread.sleep(50); // waits for load; asserts nothing about time
        }
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }
}
