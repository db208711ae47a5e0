package org.hum.standing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.source.SourceStatus;
import org.hum.config.control.ActiveScope;
import org.hum.config.control.InLists;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.FileQuery;
import org.hum.rules.control.SourceStanding;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.standing.entity.ContactApproval;
import org.hum.standing.entity.ReactivationRequest;
import org.hum.standing.entity.SourceStatusChange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is recorded of sources' standing, and the {@link SourceStanding} the lifecycle policy
 * reads. The policy is asked by boundaries that have already resolved the file for their
 * caller, so the registration date is read by id ({@link SourceStore#unrestricted}); nothing
 * read here is handed to a person.
 */
@ApplicationScoped
public class Standings implements SourceStanding {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    SourceStore store;

    @Inject
    StandingReads reads;

    @Inject
    @RuleClock
    Clock clock;

    @Override
    public Standing of(String sourceId) {
        Instant registeredAt = store.unrestricted(sourceId).map(Source::registeredAt).orElse(Instant.EPOCH);
        List<SourceStatusChange> changes = changes(sourceId);
        return StandingRules.standing(registeredAt, latest(changes), approvalFacts(sourceId), clock.instant());
    }

    @Override
    public List<StatusChange> history(String sourceId) {
        Instant registeredAt = store.unrestricted(sourceId).map(Source::registeredAt).orElse(Instant.EPOCH);
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(SourceStatus.ACTIVE, registeredAt));
        changes(sourceId).forEach(c -> history.add(new StatusChange(c.status(), c.changedAt())));
        return List.copyOf(history);
    }

    /** Every recorded change, in the order recorded (read once per transaction: {@link StandingReads}). */
    public List<SourceStatusChange> changes(String sourceId) {
        List<SourceStatusChange> kept = ActiveScope.orNull(() -> reads.changes(sourceId));
        if (kept != null) {
            return kept;
        }
        List<SourceStatusChange> read = List.copyOf(em.createQuery(
                "select c from SourceStatusChange c where c.sourceId = :s order by c.seq",
                SourceStatusChange.class).setParameter("s", sourceId).getResultList());
        ActiveScope.ifActive(() -> reads.keep(sourceId, read));
        return read;
    }

    public static Optional<StandingRules.Latest> latest(List<SourceStatusChange> changes) {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        SourceStatusChange last = changes.get(changes.size() - 1);
        return Optional.of(new StandingRules.Latest(last.id(), last.status(), last.changedAt()));
    }

    /** The request answering the latest closure for cause, if one was made since. */
    public Optional<ReactivationRequest> pendingRequest(String sourceId, Optional<StandingRules.Latest> latest) {
        if (latest.isEmpty() || latest.get().status() != SourceStatus.CLOSED_FOR_CAUSE) {
            return Optional.empty();
        }
        return em.createQuery("select r from ReactivationRequest r where r.sourceId = :s and r.closureId = :c "
                        + "order by r.seq desc", ReactivationRequest.class)
                .setParameter("s", sourceId).setParameter("c", latest.get().id())
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<ContactApproval> approvals(String sourceId) {
        List<ContactApproval> kept = ActiveScope.orNull(() -> reads.approvals(sourceId));
        if (kept != null) {
            return kept;
        }
        List<ContactApproval> read = List.copyOf(em.createQuery("select a from ContactApproval a where a.sourceId = :s order by a.seq",
                ContactApproval.class).setParameter("s", sourceId).getResultList());
        ActiveScope.ifActive(() -> reads.keepApprovals(sourceId, read));
        return read;
    }

    @Override
    public void prefetch(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return;
        }
        Map<String, List<SourceStatusChange>> changes = new HashMap<>();
        Map<String, List<ContactApproval>> approvals = new HashMap<>();
        sourceIds.forEach(id -> {
            changes.put(id, new ArrayList<>());
            approvals.put(id, new ArrayList<>());
        });
        for (List<String> part : InLists.chunks(sourceIds)) { // each file's rows in order: one file is never split
            em.createQuery("select c from SourceStatusChange c where c.sourceId in :ids order by c.seq", SourceStatusChange.class)
                    .setParameter("ids", part).getResultStream().forEach(c -> changes.get(c.sourceId()).add(c));
            em.createQuery("select a from ContactApproval a where a.sourceId in :ids order by a.seq", ContactApproval.class)
                    .setParameter("ids", part).getResultStream().forEach(a -> approvals.get(a.sourceId()).add(a));
        }
        ActiveScope.ifActive(() -> {
            changes.forEach((id, list) -> reads.keep(id, List.copyOf(list)));
            approvals.forEach((id, list) -> reads.keepApprovals(id, List.copyOf(list)));
        });
    }

    public List<StandingRules.Approval> approvalFacts(String sourceId) {
        return approvals(sourceId).stream().map(a -> new StandingRules.Approval(a.closureId(), a.validUntil())).toList();
    }

    @Override
    public List<String> resting(SourceStatus status, int limit) {
        return restingFiles(status).first(em, limit);
    }

    @Override
    public FileQuery restingFiles(SourceStatus status) {
        if (status == SourceStatus.ACTIVE) {
            throw new IllegalArgumentException("active files are every file without a change: not a set to name");
        }
        return FileQuery.onRow("s.status = ?", List.of(status.name()));
    }

    /** The files whose latest change of status put them at rest: their status kept on their row ({@link #record}), not ACTIVE. */
    @Override
    public FileQuery inactiveFiles() {
        return FileQuery.onRow("s.status <> ?", List.of(SourceStatus.ACTIVE.name()));
    }

    /** The current status of each of these sources (ACTIVE where nothing was recorded): for lists. */
    @Override
    public Map<String, SourceStatus> statuses(Collection<String> sourceIds) {
        Map<String, SourceStatus> statuses = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return statuses;
        }
        em.createQuery("select c from SourceStatusChange c where c.sourceId in :ids order by c.seq", SourceStatusChange.class)
                .setParameter("ids", sourceIds)
                .getResultStream()
                .forEach(c -> statuses.put(c.sourceId(), c.status()));
        sourceIds.forEach(id -> statuses.putIfAbsent(id, SourceStatus.ACTIVE));
        return statuses;
    }

    /** Records a row of a file's standing (a change of status, a request, an approval) in the caller's transaction. */
    public void record(Object row) {
        ActiveScope.ifActive(reads::forget);
        em.persist(row);
        em.flush();
        if (row instanceof SourceStatusChange change) {
            // the file's current status kept on its row, in the same transaction as the change it copies (V063), for
            // the register's status filters and sort (docs/performance.md, "The status on the file's row")
            em.createNativeQuery("update source set status = ? where id = ?")
                    .setParameter(1, change.status().name()).setParameter(2, change.sourceId()).executeUpdate();
        }
    }
}
