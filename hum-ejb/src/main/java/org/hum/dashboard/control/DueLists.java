package org.hum.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hum.dashboard.entity.DueItem;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.rules.control.FileQuery;
import org.hum.rules.control.OverdueFiles;
import org.hum.config.control.RuleClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        // the caller's changes written once; then the features' reads send no flush before each query, which would check
        // every object read so far for changes (quadratic in the files: 21 to 41 s at 6,000 authorised files;
        // docs/performance.md, "The due lists at scale")
        em.flush();
        FlushModeType callers = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return replace(now, today);
        } finally {
            em.setFlushMode(callers);
        }
    }

    private int replace(Instant now, LocalDate today) {
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

    /** The most overdue kinds a file is read with before the list counts as too long: a bound on the rows read. */
    static final int KINDS_A_FILE = 4;

    /**
     * The files with a line of the list overdue on {@code today} (due before it), each with the
     * kinds of those lines, as of the list's last run (every minute, and at once when the rule clock
     * or profile moves): at most {@code limit} files, else empty, reading at most
     * {@value #KINDS_A_FILE} rows a file. The register's overdue filter starts from them
     * (docs/performance.md, "At scale").
     */
    @Override
    public Optional<Map<String, Set<String>>> overdueFiles(LocalDate today, int limit, Set<String> kindsLeftOut) {
        int rows = KINDS_A_FILE * (limit + 1);
        TypedQuery<Object[]> lines = em.createQuery("select distinct d.sourceId, d.kind from DueItem d where d.dueOn < :today "
                        + "and d.sourceId is not null" + (kindsLeftOut.isEmpty() ? "" : " and d.kind not in :left"), Object[].class)
                .setParameter("today", today);
        if (!kindsLeftOut.isEmpty()) {
            lines.setParameter("left", List.copyOf(kindsLeftOut));
        }
        List<Object[]> found = lines.setMaxResults(rows + 1).getResultList();
        if (found.size() > rows) {
            return Optional.empty();
        }
        Map<String, Set<String>> files = new HashMap<>();
        for (Object[] line : found) {
            files.computeIfAbsent((String) line[0], id -> new HashSet<>()).add((String) line[1]);
        }
        return files.size() > limit ? Optional.empty() : Optional.of(files);
    }

    /**
     * The files with a line due before {@code today}, the lines of {@code kindsLeftOut} aside, as
     * one select read from {@code ix_due_item_order} alone (V062): the files {@link #overdueFiles} lists, as of
     * the list's last run, named to the register's statement when they are too many to carry.
     */
    @Override
    public FileQuery overdueQuery(LocalDate today, Set<String> kindsLeftOut) {
        List<Object> params = new ArrayList<>();
        params.add(java.sql.Date.valueOf(today));
        params.addAll(kindsLeftOut.stream().sorted().toList());
        return new FileQuery("select d.source_id as id from due_item d where d.due_on < ? and d.source_id is not null"
                + (kindsLeftOut.isEmpty() ? "" : " and d.kind not in ("
                + String.join(", ", Collections.nCopies(kindsLeftOut.size(), "?")) + ")"), params);
    }

    /** Lines a due list counts before it says "this many or more": a count that stops, so its cost does not grow with the list. */
    public static final int COUNT_CAP = 1000;

    /**
     * A page of one due list as a reader may see it, and how many lines it holds, up to
     * {@value #COUNT_CAP} ({@code atLeast}: that many or more).
     */
    public record Page(List<DueItem> lines, int total, boolean atLeast) {
    }

    /**
     * A page of the lines of {@code urgency} on {@code today} that a reader of {@code clearanceLevel}
     * holding {@code compartments} dominates (every compartment of the line among theirs) and,
     * when {@code handler} names a user, only those of the files they handle: found, ordered and
     * counted in SQL on {@code ix_due_item_order}, {@code limit} lines from the {@code offset}-th,
     * so a dashboard costs the same however many lines are due (docs/performance.md, "Statements
     * per request").
     */
    @SuppressWarnings("unchecked")
    public Page page(LocalDate today, Urgency urgency, int clearanceLevel, java.util.Set<String> compartments, String handler,
                     int offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from due_item d where ");
        switch (urgency) {
            case OVERDUE -> where.append("d.due_on < ?");
            case DUE_TODAY -> where.append("d.due_on = ?");
            case DUE_SOON -> where.append("d.due_on > ? and d.due_on <= ?");
        }
        params.add(java.sql.Date.valueOf(today));
        if (urgency == Urgency.DUE_SOON) {
            params.add(java.sql.Date.valueOf(today.plusDays(Urgency.WINDOW_DAYS)));
        }
        where.append(" and d.label_level <= ? and (d.compartments = ''");
        params.add(clearanceLevel);
        if (!compartments.isEmpty()) {
            where.append(" or d.compartments regexp ?");
            params.add(within(compartments));
        }
        where.append(')');
        if (handler != null) {
            where.append(" and d.source_id in (select g.source_id from identity_grant g where g.user_id = ? and g.grant_role = 'HANDLER')");
            params.add(handler);
        }
        var page = em.createNativeQuery("select d.*" + where + " order by d.due_on, d.kind, d.object_id limit ? offset ?",
                DueItem.class);
        var count = em.createNativeQuery("select count(*) from (select 1" + where + " limit ?) counted");
        for (int i = 0; i < params.size(); i++) {
            page.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        page.setParameter(params.size() + 1, limit).setParameter(params.size() + 2, offset);
        count.setParameter(params.size() + 1, COUNT_CAP + 1);
        int total = ((Number) count.getSingleResult()).intValue();
        // the page is asked for even when the count says it is empty: a dashboard sends the same statements whatever it holds
        List<DueItem> lines = page.getResultList();
        return new Page(lines, Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    /**
     * A regular expression a line's compartments (its codes joined by '+') match when every one of
     * them is among {@code compartments} (not empty).
     */
    static String within(java.util.Set<String> compartments) {
        String any = compartments.stream().sorted().map(DueLists::literal).collect(java.util.stream.Collectors.joining("|", "(", ")"));
        return "^" + any + "(\\+" + any + ")*$";
    }

    /** A compartment code as a literal in a regular expression: every character but letters, digits and _ escaped. */
    static String literal(String code) {
        StringBuilder out = new StringBuilder();
        for (char c : code.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c == '_' ? "" : "\\").append(c);
        }
        return out.toString();
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
