package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.rules.control.Rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What a deconfliction check reads before it matches, in two statements (docs/performance.md,
 * "Deconfliction at 1,000,000 index rows"): the asker's account row locked, then, in one
 * statement, the checks they made today, the stored rule profile and the prospect the check rests
 * on with whether the asker met it.
 *
 * <p><b>The daily limit under concurrency</b> (docs/domain.md, "Deconfliction (step 2)"): two
 * checks at once by the same person must not both take the last slot. The lock on the asker's
 * row ({@link #lockAsker}) serialises them, and it must be the <em>first</em> statement of the
 * check's transaction: under MariaDB's repeatable read, a transaction's reads see the snapshot
 * taken at its first plain read, so a count read after the lock sees every check committed by
 * whoever held the lock before, only if no plain read came before the lock. The count itself is
 * a plain read: a locking read of the referrals would take gap locks that two people's first
 * checks of a day could deadlock on.
 */
@ApplicationScoped
public class CheckStart {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** The prospect a check rests on, as far as the check needs it; null fields for no such row. */
    public record ProspectRow(String id, String compartment, int classificationLevel, String createdBy, String status,
                              boolean metByAsker) {
    }

    /** The asker's checks since the start of the day, the stored rule profile (null for none), the prospect (null for none). */
    public record Today(int checks, Rules.Stored profile, ProspectRow prospect) {
    }

    /**
     * Locks the account row of the user named {@code username} for the rest of the transaction
     * and answers their unit; null for no such user (whose check is then refused as
     * unauthenticated). By name, so that it can come before the caller's account is read: call it
     * first in the transaction (see the class comment).
     */
    public String lockAsker(String username) {
        List<?> rows = em.createNativeQuery("SELECT unit FROM app_user WHERE username = ? FOR UPDATE")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** After {@link #lockAsker}: the day's checks, the rule profile and the prospect, in one statement. */
    public Today today(String userId, Instant from, String prospectId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT COUNT(*) FROM deconfliction_referral d WHERE d.requested_by = ? AND d.origin = 'CHECK' "
                        + "AND d.created_at >= ?), "
                        + "(SELECT s.profile_id FROM rule_profile_setting s WHERE s.name = ?), "
                        + "(SELECT s.figures FROM rule_profile_setting s WHERE s.name = ?), "
                        + "p.id, p.compartment_code, p.classification_level, p.created_by, p.status, "
                        + "EXISTS (SELECT 1 FROM prospect_contact c WHERE c.prospect_id = p.id AND c.recorded_by = ?) "
                        + "FROM (SELECT 1 AS one) x LEFT JOIN prospect p ON p.id = ?")
                .setParameter(1, userId)
                .setParameter(2, Timestamp.from(from))
                .setParameter(3, Rules.SETTING)
                .setParameter(4, Rules.SETTING)
                .setParameter(5, userId)
                .setParameter(6, prospectId == null ? "" : prospectId)
                .getSingleResult();
        Rules.Stored profile = r[1] == null ? null : new Rules.Stored((String) r[1], (String) r[2]);
        ProspectRow prospect = r[3] == null ? null : new ProspectRow(String.valueOf(r[3]), String.valueOf(r[4]),
                ((Number) r[5]).intValue(), String.valueOf(r[6]), String.valueOf(r[7]), ((Number) r[8]).intValue() != 0);
        return new Today(((Number) r[0]).intValue(), profile, prospect);
    }
}
