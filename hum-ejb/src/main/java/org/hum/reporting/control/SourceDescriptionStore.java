package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.reporting.SourceDescriptionView;
import org.hum.api.source.AccessKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The approved source descriptions controllers keep: phrases, not identity; retired, never deleted. */
@ApplicationScoped
public class SourceDescriptionStore {
    private static final String COLUMNS = "id, text, reliabilities, access, active";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public Optional<SourceDescriptionView> find(String id) {
        return rows("select " + COLUMNS + " from source_description where id = ?", id).stream().findFirst();
    }

    public List<SourceDescriptionView> list(boolean all) {
        return rows("select " + COLUMNS + " from source_description" + (all ? "" : " where active") + " order by seq");
    }

    public void insert(String id, String text, List<String> reliabilities, AccessKind access, String by, Instant at) {
        em.createNativeQuery("insert into source_description (id, text, reliabilities, access, active, created_by, created_at) "
                        + "values (?,?,?,?,TRUE,?,?)")
                .setParameter(1, id).setParameter(2, text).setParameter(3, String.join(",", reliabilities))
                .setParameter(4, access == null ? null : access.name()).setParameter(5, by)
                .setParameter(6, ReportStore.ts(at)).executeUpdate();
    }

    public int retire(String id) {
        return em.createNativeQuery("update source_description set active = FALSE where id = ?").setParameter(1, id).executeUpdate();
    }

    private List<SourceDescriptionView> rows(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new SourceDescriptionView((String) r[0], (String) r[1], ReportStore.split((String) r[2]),
                r[3] == null ? null : AccessKind.valueOf((String) r[3]),
                r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0)).toList();
    }
}
