package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.tasking.TaskingStatus;
import org.hum.config.control.InLists;
import org.hum.config.control.RuleClock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The {@link TaskingRegister} the other features read: a tasking's source, reference and state, by
 * id. The state is as of the rule clock: an open tasking past its due day reads EXPIRED even
 * before the expiry job has marked it, as it does everywhere else.
 */
@ApplicationScoped
public class TaskingRegistry implements TaskingRegister {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    @RuleClock
    Clock clock;

    @Override
    public Optional<TaskingFact> tasking(String taskingId) {
        if (taskingId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select id, source_id, reference, status, due_on, port_code from tasking where id = ?")
                .setParameter(1, taskingId).getResultList();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return rows.stream().findFirst().map(r -> fact(r, today));
    }

    @Override
    public java.util.List<TaskingFact> ofSource(String sourceId) {
        return latestOf(sourceId, Integer.MAX_VALUE);
    }

    @Override
    public java.util.List<TaskingFact> latestOf(String sourceId, int limit) {
        if (sourceId == null) {
            return java.util.List.of();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select id, source_id, reference, status, due_on, port_code from tasking where source_id = ? order by seq desc")
                .setParameter(1, sourceId).setMaxResults(limit).getResultList();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return rows.stream().map(r -> fact(r, today)).toList();
    }

    @Override
    public java.util.Map<String, TaskingFact> taskings(java.util.Collection<String> taskingIds) {
        java.util.Map<String, TaskingFact> out = new java.util.HashMap<>();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        for (java.util.List<String> part : InLists.nativeChunks(new java.util.LinkedHashSet<>(taskingIds))) {
            var q = em.createNativeQuery("select id, source_id, reference, status, due_on, port_code from tasking where id in ("
                    + InLists.marks(part.size()) + ")");
            for (int i = 0; i < part.size(); i++) {
                q.setParameter(i + 1, part.get(i));
            }
            @SuppressWarnings("unchecked")
            var rows = (java.util.List<Object[]>) q.getResultList();
            rows.forEach(r -> out.put((String) r[0], fact(r, today)));
        }
        return out;
    }

    private static TaskingFact fact(Object[] r, LocalDate today) {
        return new TaskingFact((String) r[0], (String) r[1], (String) r[2],
                TaskingTransitions.effective(TaskingStatus.valueOf((String) r[3]), dueOn(r[4]), today), (String) r[5]);
    }

    private static LocalDate dueOn(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
