package org.hum.prospect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.keys.control.DataKeys;
import org.hum.prospect.entity.Prospect;
import org.hum.rules.control.Rules;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Destroys every prospect never registered (open, or contact ended) once the rule profile's
 * {@code intelligenceRetention} has passed since its last contact, or since it was recorded if it
 * had none (docs/domain.md, "Retention and destruction (step 9)"): what is held on a person who
 * never became a source is intelligence, held at most that long. Its data key is erased, so its
 * working name and contact notes no longer open, and the older key-encryption keys are retired as
 * after a file's destruction; a {@code prospect_destruction} row and a PROSPECT_DESTROYED audit
 * entry say when and why. Run by {@code ProspectExpiryJob}.
 */
@ApplicationScoped
public class ProspectExpiry {
    public static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(ProspectExpiry.class.getName());

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Rules rules;

    @Inject
    DataKeys dataKeys;

    @Inject
    AuditTrail audit;

    @Inject
    @RuleClock
    Clock clock;

    /** Whether a prospect last in contact on {@code last} is past its period on {@code today}: from the day it ends. */
    public static boolean expired(LocalDate last, Period period, LocalDate today) {
        return !today.isBefore(last.plus(period));
    }

    /** Returns how many prospects it destroyed. */
    public int expire() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Period period = rules.current().intelligenceRetention();
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery("SELECT p.id, COALESCE(MAX(c.contact_on), DATE(p.created_at)) "
                        + "FROM prospect p LEFT JOIN prospect_contact c ON c.prospect_id = p.id "
                        + "WHERE p.status IN ('OPEN', 'CLOSED') GROUP BY p.id, p.created_at "
                        + "HAVING COALESCE(MAX(c.contact_on), DATE(p.created_at)) <= ?1")
                .setParameter(1, Date.valueOf(today.minus(period).plusDays(1))).getResultList();
        int n = 0;
        for (Object[] row : candidates) {
            LocalDate last = row[1] instanceof Date d ? d.toLocalDate() : (LocalDate) row[1];
            if (!expired(last, period, today)) {
                continue;
            }
            Prospect p = em.find(Prospect.class, row[0]);
            if (p == null || !(Prospect.OPEN.equals(p.status()) || Prospect.CLOSED.equals(p.status()))) {
                continue;
            }
            p.destroyed();
            em.flush();
            em.createNativeQuery("INSERT INTO prospect_destruction (prospect_id, destroyed_at, reason) VALUES (?1, ?2, ?3)")
                    .setParameter(1, p.id()).setParameter(2, Timestamp.from(now))
                    .setParameter(3, "Never registered: the retention period (" + period + ") after its last contact, on "
                            + last + ", ended")
                    .executeUpdate();
            audit.recordAs(ACTOR, Set.of(), "PROSPECT_DESTROYED", "PROSPECT", p.id(), null, AuditTrail.SUCCESS);
            em.flush(); // the record first, the key last
            dataKeys.destroy(p.dekId());
            n++;
        }
        if (n > 0) {
            int count = n;
            LOG.warning(() -> count + " prospect(s) never registered destroyed by crypto-shredding: their retention period ended");
            // as for a file (docs/operations.md, "Backups"): the key-encryption keys that wrapped the erased keys go too,
            // so no earlier copy of the key schema opens them; a failure is logged and retried by the next destruction
            try {
                dataKeys.retireOlderKeks();
            } catch (RuntimeException e) {
                LOG.severe(() -> "Prospects destroyed, but the older key-encryption keys could not be retired: "
                        + e.getClass().getSimpleName() + "; the next destruction retries");
            }
        }
        return n;
    }
}
