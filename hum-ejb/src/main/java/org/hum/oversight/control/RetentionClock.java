package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hum.config.control.InLists;
import jakarta.persistence.PersistenceContext;
import org.hum.rules.control.Rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's retention clock (docs/domain.md, "Retention and destruction (step 9)"): a file is kept
 * at least the rule profile's {@code retentionAfterAuthorisation} after its use ends, that is
 * after the later of its deactivation (or closure for cause) and the end of its last
 * authorisation (its expiry, or its cancellation if earlier). While the source is active the
 * period has not begun. The period ends on {@link Retention#endsOn()}: from that day the file is
 * due for review and may be destroyed without a senior override.
 */
@ApplicationScoped
public class RetentionClock {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Rules rules;

    /**
     * @param active  whether the source is still in use (its latest status ACTIVE)
     * @param endsOn  the first day past the retention period; null while active
     */
    public record Retention(boolean active, LocalDate endsOn) {
        /** Whether the period still runs on {@code today}: the file may not be destroyed without an override. */
        public boolean runningOn(LocalDate today) {
            return active || today.isBefore(endsOn);
        }
    }

    /** The clock itself: a null {@code deactivatedOn} (latest status ACTIVE) means still in use. */
    public static Retention of(LocalDate deactivatedOn, LocalDate lastAuthorisationEnd, Period period) {
        if (deactivatedOn == null) {
            return new Retention(true, null);
        }
        LocalDate from = lastAuthorisationEnd != null && lastAuthorisationEnd.isAfter(deactivatedOn)
                ? lastAuthorisationEnd : deactivatedOn;
        return new Retention(false, from.plus(period));
    }

    /** The retention of one file. */
    public Retention of(String sourceId) {
        return of(deactivatedOn(sourceId), lastAuthorisationEnd(sourceId), rules.current().retentionAfterAuthorisation());
    }

    /** Every live file no longer in use, with its retention: the files whose period runs or has ended. */
    public Map<String, Retention> inactiveFiles() {
        Map<String, Retention> out = new HashMap<>();
        collect(out, INACTIVE, List.of());
        return out;
    }

    /** As {@link #inactiveFiles()}, among these files only (a page of the register). */
    public Map<String, Retention> inactiveFiles(Collection<String> sourceIds) {
        Map<String, Retention> out = new HashMap<>();
        for (List<String> part : InLists.nativeChunks(sourceIds)) {
            collect(out, INACTIVE + " AND c.source_id IN (" + InLists.marks(part.size()) + ")", part);
        }
        return out;
    }

    private static final String INACTIVE = "SELECT c.source_id, c.changed_at, (SELECT MAX(COALESCE(a.cancelled_at, "
            + "a.ends_at)) FROM authorisation a WHERE a.source_id = c.source_id) FROM source_status_change c "
            + "JOIN source s ON s.id = c.source_id WHERE s.destroyed_at IS NULL AND c.status <> 'ACTIVE' "
            + "AND c.seq = (SELECT MAX(l.seq) FROM source_status_change l WHERE l.source_id = c.source_id)";

    private void collect(Map<String, Retention> out, String sql, List<String> params) {
        Period period = rules.current().retentionAfterAuthorisation();
        for (Object[] row : rows(sql, params.toArray())) {
            out.put((String) row[0], of(day(row[1]), day(row[2]), period));
        }
    }

    private LocalDate deactivatedOn(String sourceId) {
        List<Object[]> latest = rows("SELECT c.status, c.changed_at, c.seq FROM source_status_change c WHERE c.source_id = ?1 "
                + "ORDER BY c.seq DESC LIMIT 1", sourceId);
        return latest.isEmpty() || "ACTIVE".equals(latest.get(0)[0]) ? null : day(latest.get(0)[1]);
    }

    private LocalDate lastAuthorisationEnd(String sourceId) {
        List<?> r = em.createNativeQuery("SELECT MAX(COALESCE(a.cancelled_at, a.ends_at)) FROM authorisation a "
                + "WHERE a.source_id = ?1").setParameter(1, sourceId).getResultList();
        return r.isEmpty() ? null : day(r.get(0));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return new ArrayList<>((List<Object[]>) q.getResultList());
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        Instant at = value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : value instanceof java.time.LocalDateTime l ? Timestamp.valueOf(l).toInstant() : null;
        if (at == null) {
            throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
        }
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
