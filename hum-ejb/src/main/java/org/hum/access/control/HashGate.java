package org.hum.access.control;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bound on password hashes running at once. An Argon2id check costs tens of milliseconds of a
 * core and 64 MiB of memory (docs/architecture.md, "Identity"); a flood of logins must not take
 * every core and the heap from the people already working. Past the bound a login waits briefly,
 * then is turned away without hashing anything (503, try again).
 */
public final class HashGate {
    private final Semaphore permits;
    private final long waitMillis;

    public HashGate(int concurrent, long waitMillis) {
        this.permits = new Semaphore(concurrent, true);
        this.waitMillis = waitMillis;
    }

    /** Runs {@code hash} with a permit, or answers {@code busy} when none came in time. */
    public <T> T run(Supplier<T> hash, Supplier<T> busy) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy.get();
        }
        if (!acquired) {
            return busy.get();
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    public int available() {
        return permits.availablePermits();
    }
}
