package org.hum.standing.control;

import org.hum.standing.entity.ContactApproval;
import org.hum.standing.entity.SourceStatusChange;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status changes and contact approvals one transaction has read, by file: the lifecycle policy's facts read a file's
 * history twice (its standing, and the validation clock's continuous use), and a contact report
 * paid for both. It lives one transaction, so a retried transaction reads afresh; {@link Standings}
 * forgets it when it records a change. Transaction-scoped, made by
 * {@code org.hum.platform.control.ScopedState} (a producer, not a managed bean; docs/performance.md,
 * "Where a contact report's time goes").
 */
public class StandingReads implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<SourceStatusChange>> changes = new HashMap<>();
    private final transient Map<String, List<ContactApproval>> approvals = new HashMap<>();

    public List<SourceStatusChange> changes(String sourceId) {
        return changes.get(sourceId);
    }

    public void keep(String sourceId, List<SourceStatusChange> read) {
        changes.put(sourceId, read);
    }

    public List<ContactApproval> approvals(String sourceId) {
        return approvals.get(sourceId);
    }

    public void keepApprovals(String sourceId, List<ContactApproval> read) {
        approvals.put(sourceId, read);
    }

    public void forget() {
        changes.clear();
        approvals.clear();
    }
}
