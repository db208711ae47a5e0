package org.hum.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.audit.verify.AuditEntry;
import org.hum.config.control.OwnTransaction;

/**
 * The refusals' entries, each of which needs a transaction of its own, committed together
 * ({@link GroupCommit}; docs/architecture.md, "Audit trail"): one transaction and one commit for
 * every entry queued while the previous batch was written, instead of one each. One a server
 * instance; instances share nothing but the database.
 */
@ApplicationScoped
public class AuditBatches {
    /** The most entries in one transaction (two statements of {@value AuditTrail#ENTRIES_PER_STATEMENT} rows). */
    static final int MAX_BATCH = 2 * AuditTrail.ENTRIES_PER_STATEMENT;
    /** The most entries waiting; a caller past it waits for room. */
    static final int CAPACITY = 1_000;

    @Inject
    AuditTrail trail;

    @Inject
    OwnTransaction ownTransaction;

    private GroupCommit<AuditEntry> batches;

    @PostConstruct
    void start() {
        batches = new GroupCommit<>(entries -> ownTransaction.run(() -> {
            try {
                trail.write(entries);
            } catch (RuntimeException refused) {
                throw new GroupCommit.RolledBack(refused); // before the commit: the transaction rolls back whole
            }
        }), MAX_BATCH, CAPACITY);
    }

    /**
     * Commits the entry, with the others waiting, in a transaction of its own; returns once that
     * transaction committed, and throws as the entry's own transaction would have when it did not.
     */
    public void commit(AuditEntry entry) {
        batches.commit(entry);
    }

    /** The batches this instance committed since it started: for the figures (docs/performance.md, "Audit appends"). */
    public GroupCommit.Counts counts() {
        return batches.counts();
    }
}
