package org.hum.audit.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers entries that each need a transaction of their own and commits them together
 * (docs/architecture.md, "Audit trail"; docs/performance.md, "Audit appends"): a leader and its
 * followers, in the callers' own threads. Each caller queues its entry; one caller at a time, the
 * leader, takes up to {@code maxBatch} queued entries (its own among them, unless more than a
 * batch were waiting before it), writes them in one transaction and commits it, then releases every
 * caller of that batch. While it writes, the next callers queue, and one of them leads the next
 * batch as soon as it is done. No caller returns before the commit that holds its entry.
 *
 * <p>A batch whose transaction rolled back before its commit ({@link RolledBack}: a statement
 * refused, nothing of the batch written) is not lost and not failed for all: each of its callers
 * writes its own entry again, alone, in its own thread, as before batches, and sees that
 * transaction's failure as it would have. A batch whose commit itself failed has an unknown
 * outcome; writing it again could write it twice, so each of its callers sees the failure
 * ({@link NotCommitted}), as a caller whose own commit failed did.
 *
 * <p>Bounded: at most {@code capacity} entries wait (a caller past that waits for room), at most
 * {@code maxBatch} a transaction. Each instance of the server has its own; the database is the only
 * state two instances share. Waiting is not interruptible (an interrupted caller still returns only
 * once its entry is settled, with its interrupt kept), so an entry is never left without its caller.
 *
 * @param <E> an entry as the writer takes it
 */
public final class GroupCommit<E> {

    /** Writes entries in one transaction of its own and commits it. */
    @FunctionalInterface
    public interface Writer<E> {
        /**
         * Writes every entry, in this order, in one transaction, and commits it; returns only once
         * committed. Throws {@link RolledBack} when a statement failed and the transaction rolled
         * back (nothing written); anything else thrown leaves the outcome unknown.
         */
        void write(List<E> batch);
    }

    /** Thrown by a {@link Writer} whose transaction was rolled back before its commit: nothing of it was written. */
    public static final class RolledBack extends RuntimeException {
        public RolledBack(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The entry's batch was not committed (or its commit's outcome is not known); its cause is the batch's failure. */
    public static final class NotCommitted extends RuntimeException {
        NotCommitted(Throwable cause) {
            super("the audit entries written together with this one were not committed", cause);
        }
    }

    /** What was committed so far: how many transactions, holding how many entries. */
    public record Counts(long transactions, long entries) {
    }

    private enum State { QUEUED, WRITING, COMMITTED, ALONE, REFUSED, FAILED }

    private static final class Pending<E> {
        final E entry;
        State state = State.QUEUED;
        Throwable failure;

        Pending(E entry) {
            this.entry = entry;
        }
    }

    private final Writer<E> writer;
    private final int maxBatch;
    private final int capacity;
    private final Object lock = new Object();
    private final ArrayDeque<Pending<E>> queue = new ArrayDeque<>();
    private boolean writing;
    private long transactions;
    private long entries;

    public GroupCommit(Writer<E> writer, int maxBatch, int capacity) {
        if (maxBatch < 1 || capacity < maxBatch) {
            throw new IllegalArgumentException("a batch holds at least one entry, and the queue at least a batch");
        }
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.capacity = capacity;
    }

    /**
     * Commits the entry with whatever else is waiting; returns once the transaction that holds it
     * committed. Throws what its own transaction threw when it was written alone, or
     * {@link NotCommitted} when the batch that held it failed at its commit.
     */
    public void commit(E entry) {
        Pending<E> mine = new Pending<>(entry);
        boolean interrupted = false;
        try {
            synchronized (lock) {
                while (queue.size() >= capacity) {
                    interrupted |= await();
                }
                queue.add(mine);
            }
            while (true) {
                List<Pending<E>> batch;
                synchronized (lock) {
                    while (writing && (mine.state == State.QUEUED || mine.state == State.WRITING)) {
                        interrupted |= await();
                    }
                    if (mine.state != State.QUEUED) {
                        break;
                    }
                    writing = true;
                    batch = new ArrayList<>(Math.min(maxBatch, queue.size()));
                    while (batch.size() < maxBatch && !queue.isEmpty()) {
                        Pending<E> p = queue.poll();
                        p.state = State.WRITING;
                        batch.add(p);
                    }
                    lock.notifyAll(); // room in the queue
                }
                lead(batch);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        settle(mine);
    }

    private void lead(List<Pending<E>> batch) {
        Throwable failure = null;
        try {
            List<E> entries = new ArrayList<>(batch.size());
            for (Pending<E> p : batch) {
                entries.add(p.entry);
            }
            writer.write(entries);
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            synchronized (lock) {
                for (Pending<E> p : batch) {
                    if (failure == null) {
                        p.state = State.COMMITTED;
                    } else if (failure instanceof RolledBack refused && batch.size() == 1) {
                        p.state = State.REFUSED; // already alone: its own failure, as before batches
                        p.failure = refused.getCause();
                    } else if (failure instanceof RolledBack) {
                        p.state = State.ALONE;
                    } else {
                        p.state = State.FAILED;
                        p.failure = failure;
                    }
                }
                if (failure == null) {
                    transactions++;
                    entries += batch.size();
                }
                writing = false;
                lock.notifyAll();
            }
        }
    }

    private void settle(Pending<E> mine) {
        switch (mine.state) {
            case COMMITTED -> {
            }
            case ALONE -> {
                try {
                    writer.write(List.of(mine.entry));
                } catch (RolledBack e) {
                    throw e.getCause();
                }
            }
            case REFUSED -> throw (RuntimeException) mine.failure;
            case FAILED -> throw new NotCommitted(mine.failure);
            default -> throw new IllegalStateException("an audit entry left unsettled: " + mine.state);
        }
    }

    /** Waits on the lock; whether the wait was interrupted (the caller keeps waiting, and keeps the interrupt). */
    private boolean await() {
        try {
            lock.wait();
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    /** The batches committed so far (an entry written again alone after its batch was refused is not counted). */
    public Counts counts() {
        synchronized (lock) {
            return new Counts(transactions, entries);
        }
    }

    /** How many entries wait now (for tests). */
    int waiting() {
        synchronized (lock) {
            return queue.size();
        }
    }
}
