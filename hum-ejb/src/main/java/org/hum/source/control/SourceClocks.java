package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.rules.control.RuleProfile;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The register's two clocks kept on each file's row (V060; docs/performance.md, "At scale"): the
 * next periodic validation ({@code validation_due_on}) and the next review of the authorisation the
 * register shows ({@code review_due_on}), computed in SQL by the same expressions for one file (in
 * the transaction that moves what they rest on) and for every file (when the rule profile's figures
 * change), with the figures held in {@code register_clock_basis}.
 *
 * <p>Locks are taken in one order, the file's row before the basis row, so that neither waits for
 * the other in a cycle. A change of one file locks its row, then reads the figures with a shared
 * lock. A computation of every file writes every row, then the basis row, in one transaction: a
 * change that locked its row first commits (with the old figures) before the computation reaches
 * that row and overwrites it; one that comes later waits for the computation's commit and then
 * reads the new figures. No row is left computed with figures other than those the basis names.
 */
@ApplicationScoped
public class SourceClocks {
    /** A moment's UTC day, whatever the connection's time zone: MariaDB hands TIMESTAMP columns over in it. */
    private static String utcDay(String column) {
        return "(date '1970-01-01' + interval floor(unix_timestamp(" + column + ") / 86400) day)";
    }

    /** {@code day} plus a period given as months and days, as {@link Period#addTo} adds them (the month's last day where it has fewer). */
    private static String plus(String day, String months, String days) {
        return "date_add(date_add(" + day + ", interval " + months + " month), interval " + days + " day)";
    }

    private static final String VALIDATION_DUE = "case when b.validation_months is null then null else "
            + plus(utcDay("s.last_validation_at"), "b.validation_months", "b.validation_days") + " end";

    /** Of the file's granted authorisations, the one the register shows: the latest end, then the greatest id. */
    private static final String SHOWN = " from authorisation a where a.source_id = s.id and a.status = 'GRANTED' "
            + "order by a.ends_at desc, a.id desc limit 1)";

    /** The day its next review counts from: its latest review after its grant, else its grant. */
    private static final String REVIEW_FROM = "(select " + utcDay("greatest(a.decided_at, coalesce((select max(r.reviewed_at) "
            + "from authorisation_review r where r.authorisation_id = a.id), a.decided_at))") + SHOWN;

    /** The review due by the figures of {@code b}, from what the file's row keeps: none when not before the day it ends. */
    private static final String REVIEW_DAY = plus("s.review_from",
            "if(s.review_juvenile, b.juvenile_review_months, b.review_months)",
            "if(s.review_juvenile, b.juvenile_review_days, b.review_days)");

    private static final String REVIEW_DUE = "case when b.review_months is null or s.review_from is null "
            + "or s.authorisation_ends_at is null then null when " + REVIEW_DAY + " < " + utcDay("s.authorisation_ends_at")
            + " then " + REVIEW_DAY + " end";

    /** The months and days of the three periods the clocks add, as {@link Period#addTo} uses them. */
    public record Figures(int validationMonths, int validationDays, int reviewMonths, int reviewDays,
                          int juvenileReviewMonths, int juvenileReviewDays) {
        public static Figures of(RuleProfile profile) {
            Period v = profile.validationInterval();
            Period r = profile.reviewInterval(false);
            Period j = profile.reviewInterval(true);
            return new Figures(Math.toIntExact(v.toTotalMonths()), v.getDays(), Math.toIntExact(r.toTotalMonths()),
                    r.getDays(), Math.toIntExact(j.toTotalMonths()), j.getDays());
        }
    }

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** The figures the files' clocks were computed with; empty before the first computation. */
    public Optional<Figures> basis() {
        return basis("");
    }

    private Optional<Figures> basis(String lock) {
        List<?> rows = em.createNativeQuery("select validation_months, validation_days, review_months, review_days, "
                + "juvenile_review_months, juvenile_review_days from register_clock_basis where id = 1" + lock).getResultList();
        if (rows.isEmpty() || ((Object[]) rows.get(0))[0] == null) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Figures(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
    }

    /**
     * Computes the file's next validation again, in the caller's transaction, after a conclusion
     * and its copy on the row ({@link SourceStore#mirrorLastValidation}) have been written.
     */
    public void validationMoved(String sourceId) {
        lockBasis(sourceId);
        em.createNativeQuery("update source s join register_clock_basis b on b.id = 1 set s.validation_due_on = "
                + VALIDATION_DUE + " where s.id = ?").setParameter(1, sourceId).executeUpdate();
    }

    /**
     * Computes the file's next review again, in the caller's transaction, after a grant, a renewal,
     * a cancellation or a review has been flushed.
     */
    public void reviewMoved(String sourceId) {
        lockBasis(sourceId);
        em.createNativeQuery("update source s set s.review_from = " + REVIEW_FROM + ", s.review_juvenile = (select a.juvenile"
                + SHOWN + " where s.id = ?").setParameter(1, sourceId).executeUpdate();
        em.createNativeQuery("update source s join register_clock_basis b on b.id = 1 set s.review_due_on = "
                + REVIEW_DUE + " where s.id = ?").setParameter(1, sourceId).executeUpdate();
    }

    /**
     * Computes both clocks of every file with these figures and records them as the basis, in the
     * caller's transaction: every row first, the basis row last (the order a change of one file
     * locks them in), reading each file's row alone (no other table's rows locked, so no change of
     * an authorisation or a review waits on this, nor this on one). Returns how many rows changed.
     */
    public int recompute(Figures f) {
        // the figures given, not yet the basis row's: a derived table of one row stands for it until the end
        String given = "(select ? as validation_months, ? as validation_days, ? as review_months, ? as review_days, "
                + "? as juvenile_review_months, ? as juvenile_review_days)";
        int validations = figures(em.createNativeQuery("update source s join " + given + " b set s.validation_due_on = "
                + VALIDATION_DUE + " where s.last_validation_at is not null or s.validation_due_on is not null"), f).executeUpdate();
        int reviews = figures(em.createNativeQuery("update source s join " + given + " b set s.review_due_on = "
                + REVIEW_DUE + " where s.review_from is not null or s.review_due_on is not null"), f).executeUpdate();
        figures(em.createNativeQuery("update register_clock_basis set validation_months = ?, validation_days = ?, "
                + "review_months = ?, review_days = ?, juvenile_review_months = ?, juvenile_review_days = ? where id = 1"), f)
                .executeUpdate();
        return validations + reviews;
    }

    private static jakarta.persistence.Query figures(jakarta.persistence.Query q, Figures f) {
        return q.setParameter(1, f.validationMonths()).setParameter(2, f.validationDays())
                .setParameter(3, f.reviewMonths()).setParameter(4, f.reviewDays())
                .setParameter(5, f.juvenileReviewMonths()).setParameter(6, f.juvenileReviewDays());
    }

    /**
     * The file's row locked (already held where the caller's work locked it), then the basis row
     * read with a shared lock: that order, the computation of every file's (rows, then basis) and
     * its commit keep every row computed with the figures the basis names.
     */
    private void lockBasis(String sourceId) {
        em.createNativeQuery("select id from source where id = ? for update").setParameter(1, sourceId).getResultList();
        basis(" lock in share mode");
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
