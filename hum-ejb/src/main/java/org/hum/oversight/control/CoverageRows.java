package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.config.control.InLists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The items that answered requirements (docs/domain.md, "Oversight"): an item answers the
 * requirement of the tasking it names. Current versions of submitted contacts only; no encrypted
 * column is read. The caller keeps the rows of files the reader may see.
 */
@ApplicationScoped
public class CoverageRows {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** {requirement id, source id, contact time, credibility} of each item since {@code since}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> answers(Collection<String> requirementIds, Instant since) {
        List<Object[]> out = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(requirementIds)) {
            var q = em.createNativeQuery("select t.requirement_id, c.source_id, c.occurred_at, i.credibility "
                    + "from contact_item i join contact_report c on c.id = i.contact_id join tasking t on t.id = i.tasking_id "
                    + "where c.submitted = true and c.occurred_at >= ? and t.requirement_id in ("
                    + InLists.marks(chunk.size()) + ") "
                    + "and not exists (select 1 from contact_report n where n.report_id = coalesce(c.report_id, c.id) "
                    + "and n.version > c.version)");
            q.setParameter(1, Timestamp.from(since));
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 2, chunk.get(i));
            }
            out.addAll(q.getResultList());
        }
        return out;
    }
}
