package org.hum.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hum.dashboard.entity.DueItem;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.rules.control.OverdueFiles;
import org.hum.config.control.RuleClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gathers every feature's deadlines (every {@link DeadlineSource} bean) and replaces the due
 * list with those due soon, today or overdue by the rule clock. Runs in the caller's
 * transaction, so the list is replaced as a whole or not at all.
 */
@ApplicationScoped
public class DueLists implements OverdueFiles {
    private static final Logger LOG = Logger.getLogger(DueLists.class.getName());

    @Inject
    @Any
    Instance<DeadlineSource> sources;

    @Inject
    @RuleClock
    Clock clock;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** Returns how many lines the list holds now. */
    public int refresh() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        em.createQuery("delete from DueItem d").executeUpdate();
        int n = 0;
        for (DeadlineSource source : sources) {
            List<Deadline> deadlines;
            try {
                deadlines = source.deadlines(today);
            } catch (RuntimeException e) {
                // one feature's failure must not empty every dashboard: log it (no content) and go on
                LOG.log(Level.SEVERE, "deadline source " + source.getClass().getName() + " failed: " + e.getClass().getName());
                continue;
            }
            for (Deadline d : deadlines) {
                var urgency = Urgency.of(d.dueOn(), today);
                if (urgency.isPresent()) {
                    em.persist(new DueItem(d.kind(), d.objectType(), d.objectId(), d.sourceId(), d.summary(), d.dueOn(),
                            urgency.get().name(), d.label(), now));
                    n++;
                }
            }
        }
        em.flush();
        return n;
    }

    /**
     * The files with a line of the list overdue on {@code today} (due before it): at most
     * {@code limit} + 1 ids, as of the list's last run (every minute, and at once when the rule clock
     * or profile moves). The register's overdue filter starts from them (docs/performance.md, "At scale").
     */
    @Override
    public List<String> overdueFiles(LocalDate today, int limit) {
        return em.createQuery("select distinct d.sourceId from DueItem d where d.dueOn < :today and d.sourceId is not null",
                        String.class)
                .setParameter("today", today)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /**
     * The lines a list may show on {@code today}: due by the end of the window ({@link Urgency}),
     * at or below {@code clearanceLevel}, and, when {@code handler} names a user, only those of
     * the files that user handles. Found in SQL on {@code ix_due_item_due}, so a dashboard reads its
     * own lines, not the installation's (docs/performance.md, "At scale"); the caller still
     * checks each line's compartments.
     */
    public List<DueItem> shown(LocalDate today, int clearanceLevel, String handler) {
        TypedQuery<DueItem> q = em.createQuery("select d from DueItem d where d.dueOn <= :horizon and d.labelLevel <= :level"
                        + (handler == null ? "" : " and d.sourceId in (select g.sourceId from IdentityGrant g "
                        + "where g.userId = :u and g.grantRole = 'HANDLER')")
                        + " order by d.dueOn, d.kind, d.objectId", DueItem.class)
                .setParameter("horizon", today.plusDays(Urgency.WINDOW_DAYS))
                .setParameter("level", clearanceLevel);
        return (handler == null ? q : q.setParameter("u", handler)).getResultList();
    }
}
