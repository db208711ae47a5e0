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
 * <p>A change of one file first reads those figures with a shared lock: a computation of every file
 * with new figures (which writes that row first) either waits for the change to commit and then
 * overwrites its row, or makes the change wait and hands it the new figures. No row is left
 * computed with figures other than those the basis names.
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

    /** The review due of authorisation {@code a} by the figures of {@code b}: from its latest review after its grant, else its grant. */
    private static final String REVIEW_DAY = plus(
            utcDay("greatest(a.decided_at, coalesce((select max(r.reviewed_at) from authorisation_review r "
                    + "where r.authorisation_id = a.id), a.decided_at))"),
            "if(a.juvenile, b.juvenile_review_months, b.review_months)",
            "if(a.juvenile, b.juvenile_review_days, b.review_days)");

    /** Of the file's granted authorisations, the one the register shows: the latest end, then the greatest id. */
    private static final String REVIEW_DUE = "(select case when b.review_months is null then null when " + REVIEW_DAY
            + " < " + utcDay("a.ends_at") + " then " + REVIEW_DAY + " end from authorisation a "
            + "where a.source_id = s.id and a.status = 'GRANTED' order by a.ends_at desc, a.id desc limit 1)";

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
        lockBasis();
        em.createNativeQuery("update source s join register_clock_basis b on b.id = 1 set s.validation_due_on = "
                + VALIDATION_DUE + " where s.id = ?").setParameter(1, sourceId).executeUpdate();
    }

    /**
     * Computes the file's next review again, in the caller's transaction, after a grant, a renewal,
     * a cancellation or a review has been flushed.
     */
    public void reviewMoved(String sourceId) {
        lockBasis();
        em.createNativeQuery("update source s join register_clock_basis b on b.id = 1 set s.review_due_on = "
                + REVIEW_DUE + " where s.id = ?").setParameter(1, sourceId).executeUpdate();
    }

    /**
     * Computes both clocks of every file with these figures and records them as the basis, in the
     * caller's transaction: the basis row first, so that a change of one file meanwhile waits for
     * this one. Returns how many rows changed.
     */
    public int recompute(Figures f) {
        em.createNativeQuery("update register_clock_basis set validation_months = ?, validation_days = ?, review_months = ?, "
                        + "review_days = ?, juvenile_review_months = ?, juvenile_review_days = ? where id = 1")
                .setParameter(1, f.validationMonths()).setParameter(2, f.validationDays())
                .setParameter(3, f.reviewMonths()).setParameter(4, f.reviewDays())
                .setParameter(5, f.juvenileReviewMonths()).setParameter(6, f.juvenileReviewDays())
                .executeUpdate();
        int validations = em.createNativeQuery("update source s join register_clock_basis b on b.id = 1 set s.validation_due_on = "
                + VALIDATION_DUE + " where s.last_validation_at is not null or s.validation_due_on is not null").executeUpdate();
        int reviews = em.createNativeQuery("update source s join register_clock_basis b on b.id = 1 set s.review_due_on = "
                + REVIEW_DUE + " where s.authorisation_ends_at is not null or s.review_due_on is not null").executeUpdate();
        return validations + reviews;
    }

    /** The basis row read with a shared lock: a computation of every file waits for this transaction, or this one for it. */
    private void lockBasis() {
        basis(" lock in share mode");
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
