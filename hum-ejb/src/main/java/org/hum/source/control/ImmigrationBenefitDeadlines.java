package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.config.control.InLists;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.source.entity.Source;
import org.hum.source.entity.SourceParticulars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A foreign national's immigration benefit or sponsorship falls due on its expiry (ATF audit
 * 2017: benefits that lapsed unnoticed). One deadline per live file with an expiry on record,
 * carrying the file's label; the summary names the code name only.
 */
@ApplicationScoped
public class ImmigrationBenefitDeadlines implements DeadlineSource {
    public static final String KIND = "IMMIGRATION_BENEFIT_EXPIRY";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Override
    public boolean gives(String kind) {
        return KIND.equals(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        return em.createQuery("select s, p from Source s, SourceParticulars p where p.sourceId = s.id "
                        + "and p.immigrationBenefitExpires is not null and s.destroyedAt is null "
                        + "order by p.immigrationBenefitExpires, s.id", Object[].class)
                .getResultStream()
                .map(row -> deadline((Source) row[0], (SourceParticulars) row[1]))
                .toList();
    }

    /** The expiries of these files only, read as such: a register page reads no other file's particulars. */
    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        List<Deadline> out = new ArrayList<>();
        for (List<String> part : InLists.statementLists(sourceIds)) {
            em.createQuery("select s, p from Source s, SourceParticulars p where p.sourceId = s.id and s.id in :ids "
                            + "and p.immigrationBenefitExpires is not null and s.destroyedAt is null "
                            + "order by p.immigrationBenefitExpires, s.id", Object[].class)
                    .setParameter("ids", part).getResultStream()
                    .forEach(row -> out.add(deadline((Source) row[0], (SourceParticulars) row[1])));
        }
        return out;
    }

    static Deadline deadline(Source s, SourceParticulars p) {
        return new Deadline("SOURCE", s.id(), s.id(), KIND,
                s.codeName() + ": immigration benefit or sponsorship expires; renew it or plan for its end",
                p.immigrationBenefitExpires(), s.label());
    }
}
