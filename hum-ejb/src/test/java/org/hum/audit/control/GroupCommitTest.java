package org.hum.audit.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusals' group commit (docs/architecture.md, "Audit trail"): nothing lost, nothing twice, nothing early. */
class GroupCommitTest {

    /** A database of one table: what each committed transaction held, in commit order. */
    static final class Store implements GroupCommit.Writer<String> {
        final List<List<String>> committed = new CopyOnWriteArrayList<>();
        final Set<String> visible = ConcurrentHashMap.newKeySet();
        final AtomicInteger inside = new AtomicInteger();
        volatile int mostInside;
        volatile String refuse = null;  // an entry the database refuses: its statement fails, its transaction rolls back
        volatile String failCommit = null; // an entry whose batch's commit fails, outcome unknown
        volatile CountDownLatch hold = null; // the next write waits for this before it commits

        @Override
        public void write(List<String> batch) {
            int now = inside.incrementAndGet();
            mostInside = Math.max(mostInside, now);
            try {
                CountDownLatch h = hold;
                if (h != null) {
                    hold = null;
                    h.await(10, TimeUnit.SECONDS);
                }
                if (refuse != null && batch.contains(refuse)) {
                    throw new GroupCommit.RolledBack(new IllegalStateException("refused by the database"));
                }
                if (failCommit != null && batch.contains(failCommit)) {
                    throw new IllegalStateException("the commit lost its connection");
                }
                committed.add(List.copyOf(batch));
                visible.addAll(batch);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inside.decrementAndGet();
            }
        }

        Map<String, Integer> counts() {
            Map<String, Integer> n = new HashMap<>();
            committed.forEach(b -> b.forEach(e -> n.merge(e, 1, Integer::sum)));
            return n;
        }
    }

    @Test
    void manyCallersEachFindTheirEntryCommittedOnceWhenTheyReturn() throws Exception {
        Store store = new Store();
        GroupCommit<String> commits = new GroupCommit<>(store, 10, 100);
        int callers = 16;
        int each = 300;
        List<String> seenEarly = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String entry = "actor" + caller + "/object" + i;
                        commits.commit(entry);
                        if (!store.visible.contains(entry)) {
                            seenEarly.add(entry); // returned before the commit that holds it
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), seenEarly, "no caller returns before its entry is committed");
        Map<String, Integer> counts = store.counts();
        assertEquals(callers * each, counts.size(), "every entry committed");
        assertEquals(Set.of(1), Set.copyOf(counts.values()), "no entry committed twice");
        assertEquals(1, store.mostInside, "one writer at a time");
        assertTrue(store.committed.stream().allMatch(b -> b.size() <= 10), "no batch larger than its bound");
        assertEquals(0, commits.waiting());
    }

    @Test
    void callersWhoQueueWhileABatchIsWrittenShareTheNextTransaction() throws Exception {
        Store store = new Store();
        GroupCommit<String> commits = new GroupCommit<>(store, 50, 100);
        CountDownLatch release = new CountDownLatch(1);
        store.hold = release;
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<?> first = firstInside(pool, commits, store);
            List<Future<?>> next = queued(pool, commits, "next", 8, 8);
            assertFalse(first.isDone(), "the first caller waits for its commit");
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : next) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, store.committed.size(), "two transactions for nine entries: " + store.committed);
        assertEquals(List.of("first"), store.committed.get(0));
        assertEquals(8, store.committed.get(1).size());
        assertEquals(new GroupCommit.Counts(2, 9), commits.counts());
    }

    @Test
    void aBatchTheDatabaseRefusesIsWrittenAgainEntryByEntryAndOnlyTheBadOneFails() throws Exception {
        Store store = new Store();
        GroupCommit<String> commits = new GroupCommit<>(store, 50, 100);
        store.refuse = "bad";
        CountDownLatch release = new CountDownLatch(1);
        store.hold = release;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<?> first = firstInside(pool, commits, store);
            List<Future<?>> good = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String entry = "good" + i;
                good.add(pool.submit(() -> commits.commit(entry)));
            }
            Future<?> bad = pool.submit(() -> commits.commit("bad"));
            while (commits.waiting() < 6) {
                Thread.sleep(1);
            }
            release.countDown(); // the next batch holds the five good entries and the bad one
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : good) {
                f.get(10, TimeUnit.SECONDS);
            }
            Throwable thrown = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> bad.get(10, TimeUnit.SECONDS)).getCause();
            assertInstanceOf(IllegalStateException.class, thrown);
            assertEquals("refused by the database", thrown.getMessage(), "the bad entry's caller sees its own failure");
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> counts = store.counts();
        assertEquals(Set.of("first", "good0", "good1", "good2", "good3", "good4"), counts.keySet());
        assertEquals(Set.of(1), Set.copyOf(counts.values()), "each good entry committed once");
    }

    @Test
    void anEntryAloneThatTheDatabaseRefusesFailsOnceWithItsOwnFailure() {
        Store store = new Store();
        store.refuse = "bad";
        AtomicInteger writes = new AtomicInteger();
        GroupCommit<String> counted = new GroupCommit<>(b -> {
            writes.incrementAndGet();
            store.write(b);
        }, 50, 100);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> counted.commit("bad"));
        assertEquals("refused by the database", thrown.getMessage());
        assertEquals(1, writes.get(), "not written again");
        counted.commit("good");
        assertEquals(List.of(List.of("good")), store.committed);
    }

    @Test
    void aBatchWhoseCommitFailsFailsEveryCallerInItAndIsNotWrittenAgain() throws Exception {
        Store store = new Store();
        GroupCommit<String> commits = new GroupCommit<>(store, 50, 100);
        store.failCommit = "unlucky";
        CountDownLatch release = new CountDownLatch(1);
        store.hold = release;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            Future<?> first = firstInside(pool, commits, store);
            List<Future<?>> same = new ArrayList<>();
            for (String entry : List.of("a", "b", "unlucky")) {
                same.add(pool.submit(() -> commits.commit(entry)));
            }
            while (commits.waiting() < 3) {
                Thread.sleep(1);
            }
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : same) {
                failures.add(assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> f.get(10, TimeUnit.SECONDS)).getCause());
            }
            commits.commit("after"); // the queue goes on
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, failures.size());
        for (Throwable t : failures) {
            assertInstanceOf(GroupCommit.NotCommitted.class, t, "every caller of the batch sees the failure");
            assertEquals("the commit lost its connection", t.getCause().getMessage());
        }
        assertEquals(List.of(List.of("first"), List.of("after")), store.committed, "an unknown outcome is not written twice");
    }

    @Test
    void noMoreThanTheCapacityWaitsAndThoseBeyondItWaitForRoom() throws Exception {
        Store store = new Store();
        GroupCommit<String> commits = new GroupCommit<>(store, 2, 4);
        CountDownLatch release = new CountDownLatch(1);
        store.hold = release;
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            Future<?> first = firstInside(pool, commits, store);
            List<Future<?>> rest = queued(pool, commits, "e", 8, 4);
            Thread.sleep(50); // the other four have had time to queue, were there room
            assertEquals(4, commits.waiting(), "the queue holds its capacity, no more");
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : rest) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(9, store.counts().size());
        assertTrue(store.committed.stream().allMatch(b -> b.size() <= 2), "no batch larger than its bound");
    }

    @Test
    void anInterruptedCallerStillReturnsOnlyOnceItsEntryIsCommittedAndKeepsTheInterrupt() throws Exception {
        Store store = new Store();
        GroupCommit<String> commits = new GroupCommit<>(store, 50, 100);
        CountDownLatch release = new CountDownLatch(1);
        store.hold = release;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = firstInside(pool, commits, store);
            Thread[] waiter = new Thread[1];
            Future<Boolean> second = pool.submit(() -> {
                waiter[0] = Thread.currentThread();
                commits.commit("second");
                return Thread.currentThread().isInterrupted() && store.visible.contains("second");
            });
            while (commits.waiting() < 1) {
                Thread.sleep(1);
            }
            waiter[0].interrupt();
            Thread.sleep(20);
            assertFalse(second.isDone(), "an interrupt does not let the caller go before its commit");
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertSame(Boolean.TRUE, second.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first caller's entry, its batch being written (held by the store) when this returns. */
    private static Future<?> firstInside(ExecutorService pool, GroupCommit<String> commits, Store store)
            throws InterruptedException {
        Future<?> first = pool.submit(() -> commits.commit("first"));
        while (store.inside.get() == 0) {
            Thread.sleep(1);
        }
        return first;
    }

    /** {@code n} callers' entries ({@code prefix}0 on), submitted; returns once {@code waiting} of them wait in the queue. */
    private static List<Future<?>> queued(ExecutorService pool, GroupCommit<String> commits, String prefix, int n, int waiting)
            throws InterruptedException {
        List<Future<?>> callers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String entry = prefix + i;
            callers.add(pool.submit(() -> commits.commit(entry)));
        }
        while (commits.waiting() < waiting) {
            Thread.sleep(1);
        }
        return callers;
    }
}
