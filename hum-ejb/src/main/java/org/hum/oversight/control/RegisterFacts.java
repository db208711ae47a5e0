package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.config.control.InLists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.reporting.control.ReportStore;
import org.hum.rules.control.FileQuery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The central register's facts about files already resolved by the access rule (docs/domain.md,
 * "Oversight"): who is assigned, the latest validation and contact, the ledger's sums and the
 * declared categories. A handful of grouped queries over the given ids, never one per file; no
 * encrypted column is read, so nothing is decrypted.
 */
@ApplicationScoped
public class RegisterFacts {

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** One file's facts; absent ones are null or empty. */
    public static final class Facts {
        public final TreeSet<String> handlers = new TreeSet<>();
        public final TreeSet<String> controllers = new TreeSet<>();
        public Instant lastValidationAt;
        public Instant lastContactAt;
        public BigDecimal paidThisYear = BigDecimal.ZERO;
        public BigDecimal paidLifetime = BigDecimal.ZERO;
        public String declaredCategories;
    }

    public Map<String, Facts> of(Collection<String> sourceIds, int year) {
        Map<String, Facts> out = new HashMap<>();
        for (String id : sourceIds) {
            out.put(id, new Facts());
        }
        for (List<String> chunk : InLists.chunks(sourceIds)) {
            String in = InLists.marks(chunk.size());
            for (Object[] r : rows("select a.source_id, a.role, u.username from source_assignment a "
                    + "join app_user u on u.id = a.user_id where a.ended_on is null and a.source_id in (" + in + ")", chunk)) {
                Facts f = out.get((String) r[0]);
                switch ((String) r[1]) {
                    case "HANDLER", "CO_HANDLER" -> f.handlers.add((String) r[2]);
                    case "CONTROLLER" -> f.controllers.add((String) r[2]);
                    default -> { }
                }
            }
            for (Object[] r : rows("select v.source_id, max(c.concluded_at) from validation v join validation_conclusion c "
                    + "on c.validation_id = v.id where v.source_id in (" + in + ") group by v.source_id", chunk)) {
                out.get((String) r[0]).lastValidationAt = ReportStore.instant(r[1]);
            }
            // the latest contact of the reports as last corrected, as the contact feature keeps it (and the register sorts by it)
            for (Object[] r : rows("select source_id, last_contact_at from source_contact where source_id in (" + in + ")", chunk)) {
                out.get((String) r[0]).lastContactAt = ReportStore.instant(r[1]);
            }
            // the ledger's running totals (a row per file, month, case and currency): a reversal is a negative amount, so the sums are net
            List<Object> withYear = new ArrayList<>();
            withYear.add(year);
            withYear.addAll(chunk);
            for (Object[] r : rows("select source_id, sum(case when year(paid_month) = ? then amount else 0 end), sum(amount) "
                    + "from payment_ledger_month where source_id in (" + in + ") group by source_id", withYear)) {
                Facts f = out.get((String) r[0]);
                f.paidThisYear = decimal(r[1]);
                f.paidLifetime = decimal(r[2]);
            }
            for (Object[] r : rows("select source_id, special_categories from source_particulars "
                    + "where special_categories is not null and source_id in (" + in + ")", chunk)) {
                out.get((String) r[0]).declaredCategories = (String) r[1];
            }
        }
        return out;
    }

    /**
     * The files {@code username} handles now (a current HANDLER or CO_HANDLER assignment), as the
     * register's handler column and filter read them; at most {@code limit} + 1 ids, so that a
     * caller can tell a caseload from an installation.
     */
    public List<String> handledBy(String username, int limit) {
        return handledByQuery(username).first(em, limit);
    }

    /** The files {@link #handledBy} lists, named by one query however many they are. */
    public FileQuery handledByQuery(String username) {
        return new FileQuery("select a.source_id as id from source_assignment a join app_user u on u.id = a.user_id "
                + "where a.ended_on is null and a.role in ('HANDLER', 'CO_HANDLER') and binary u.username = ?", List.of(username));
    }

    private List<Object[]> rows(String sql, List<?> parameters) {
        return NativeRows.of(em, sql, parameters);
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : new BigDecimal(o.toString());
    }
}
