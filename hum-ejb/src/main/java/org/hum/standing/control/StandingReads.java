package org.hum.standing.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.TransactionScoped;
import org.hum.standing.entity.SourceStatusChange;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status changes one transaction has read, by file: the lifecycle policy's facts read a file's
 * history twice (its standing, and the validation clock's continuous use), and a contact report
 * paid for both. It lives one transaction, so a retried transaction reads afresh; {@link Standings}
 * forgets it when it records a change.
 */
@TransactionScoped
public class StandingReads implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<SourceStatusChange>> changes = new HashMap<>();

    List<SourceStatusChange> changes(String sourceId) {
        return changes.get(sourceId);
    }

    void keep(String sourceId, List<SourceStatusChange> read) {
        changes.put(sourceId, read);
    }

    void forget() {
        changes.clear();
    }

    /** This transaction's reads, or null outside a transaction. */
    static StandingReads of(Instance<StandingReads> instance) {
        try {
            if (instance.isResolvable()) {
                StandingReads r = instance.get();
                r.changes(""); // touches the proxy: throws when no transaction is active
                return r;
            }
        } catch (ContextNotActiveException e) {
            // no transaction: read each time
        }
        return null;
    }
}
