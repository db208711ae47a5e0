package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.config.control.InLists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The programme figures' counts over files already resolved by the access rule (docs/domain.md,
 * "Oversight"): grouped queries over chunks of their ids, never a row per file, and no encrypted
 * column read. Reports are counted by their own labels, which the caller filters.
 */
@ApplicationScoped
public class FigureRows {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** Submitted contacts per month ({@code YYYY-MM}) of the contact, each report once however often corrected. */
    public Map<String, Long> contactsByMonth(Collection<String> sourceIds, Instant from, Instant to) {
        Map<String, Long> out = new TreeMap<>();
        chunks(sourceIds, (in, ids) -> {
            for (Object[] r : rows("select date_format(occurred_at, '%Y-%m'), count(distinct coalesce(report_id, id)) "
                    + "from contact_report where submitted = true and occurred_at >= ? and occurred_at < ? and source_id in ("
                    + in + ") group by 1", with(Timestamp.from(from), Timestamp.from(to), ids))) {
                out.merge((String) r[0], number(r[1]), Long::sum);
            }
        });
        return out;
    }

    /** The items of the current version of each such contact, by credibility grade. */
    public Map<String, Long> itemsByCredibility(Collection<String> sourceIds, Instant from, Instant to) {
        Map<String, Long> out = new TreeMap<>();
        chunks(sourceIds, (in, ids) -> {
            for (Object[] r : rows("select i.credibility, count(*) from contact_item i join contact_report c on c.id = i.contact_id "
                    + "where c.submitted = true and c.occurred_at >= ? and c.occurred_at < ? and c.source_id in (" + in + ") "
                    + "and not exists (select 1 from contact_report n where n.report_id = coalesce(c.report_id, c.id) "
                    + "and n.version > c.version) group by i.credibility", with(Timestamp.from(from), Timestamp.from(to), ids))) {
                out.merge((String) r[0], number(r[1]), Long::sum);
            }
        });
        return out;
    }

    /** {source id, tasking's port or null, requirement's ports (comma-separated)} of each open tasking of the files. */
    public List<Object[]> openTaskingPorts(Collection<String> sourceIds) {
        List<Object[]> out = new ArrayList<>();
        chunks(sourceIds, (in, ids) -> out.addAll(rows("select t.source_id, t.port_code, r.ports from tasking t "
                + "join intelligence_requirement r on r.id = t.requirement_id "
                + "where t.status in ('ISSUED', 'ACKNOWLEDGED', 'IN_PROGRESS') and t.source_id in (" + in + ")", ids)));
        return out;
    }

    /** Ledger entries paid in the period (first days of months), by month and currency: {month, currency, entries, net amount}. */
    public List<Object[]> paymentsByMonth(Collection<String> sourceIds, LocalDate from, LocalDate to) {
        Map<String, Object[]> out = new TreeMap<>();
        chunks(sourceIds, (in, ids) -> {
            // the ledger's running totals, a row per file, month, case and currency: the bounds are first days of months
            for (Object[] r : rows("select date_format(paid_month, '%Y-%m'), currency, sum(entries), sum(amount) "
                    + "from payment_ledger_month where paid_month >= ? and paid_month < ? and source_id in (" + in + ") group by 1, 2",
                    with(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), ids))) {
                String key = r[0] + " " + r[1];
                Object[] held = out.get(key);
                long entries = number(r[2]);
                BigDecimal amount = new BigDecimal(r[3].toString());
                out.put(key, held == null ? new Object[] {r[0], r[1], entries, amount}
                        : new Object[] {r[0], r[1], (long) held[2] + entries, ((BigDecimal) held[3]).add(amount)});
            }
        });
        return new ArrayList<>(out.values());
    }

    /**
     * Each release in the period: {report id, the version's level, its compartments (comma-separated),
     * the recipient (a partner kind, or a named organisation's name), that organisation's kind or null}.
     */
    public List<Object[]> releases(Instant from, Instant to) {
        return rows("select d.report_id, v.level, v.compartments, d.recipient, o.kind from dissemination d "
                + "join report_version v on v.id = d.version_id left join partner_org o on o.name = d.recipient "
                + "where d.action = 'RELEASE' and d.at >= ? and d.at < ?", List.of(Timestamp.from(from), Timestamp.from(to)));
    }

    private void chunks(Collection<String> ids, java.util.function.BiConsumer<String, List<String>> work) {
        for (List<String> chunk : InLists.chunks(ids)) {
            work.accept(InLists.marks(chunk.size()), chunk);
        }
    }

    private static List<Object> with(Object a, Object b, List<String> ids) {
        List<Object> out = new ArrayList<>();
        out.add(a);
        out.add(b);
        out.addAll(ids);
        return out;
    }

    private List<Object[]> rows(String sql, List<?> parameters) {
        return NativeRows.of(em, sql, parameters);
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
