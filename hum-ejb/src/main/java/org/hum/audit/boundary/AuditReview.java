package org.hum.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.api.Page;
import org.hum.api.Role;
import org.hum.api.audit.AuditEntryView;
import org.hum.api.audit.AuditQuery;
import org.hum.api.audit.ChainStatus;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditSettings;
import org.hum.audit.control.AuditTrail;
import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.AuditSlice;
import org.hum.audit.verify.Checkpoint;
import org.hum.audit.verify.ChainLink;
import org.hum.audit.verify.JdbcTrail;
import org.hum.audit.verify.SliceJson;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.config.control.HumConfig;

/**
 * Compliance reviewers browse, filter and export the audit trail. Reading the trail is
 * itself audited ({@code AUDIT_READ}). An export is a slice that verifies offline: the
 * chosen entries, every chain link from the checkpoint before them to the one that covers
 * them, and those checkpoints.
 */
@Stateless
@RolesAllowed(Role.COMPLIANCE_REVIEWER_NAME)
public class AuditReview {
    /** How far a search counts the entries it matches (docs/performance.md, "At scale"). */
    static final int COUNTED = 10_000;

    public static final int MAX_EXPORT = 10_000;

    @Resource(lookup = "jdbc/hum")
    DataSource dataSource;

    @Inject
    AuditTrail trail;

    @EJB
    AuditChainer chainer;

    @Inject
    java.security.Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    HumConfig config;

    @Inject
    AuditSettings settings;

    public Page<AuditEntryView> search(AuditQuery query, int page, int size) {
        Filter f = Filter.of(query, clearance());
        try (Connection c = dataSource.getConnection()) {
            List<Object> params = new ArrayList<>(f.params());
            params.add(size);
            params.add((long) page * size);
            List<AuditEntryView> items = JdbcTrail.entries(c, "SELECT " + JdbcTrail.ENTRY_COLUMNS + " FROM audit_event"
                    + f.where() + " ORDER BY seq DESC LIMIT ? OFFSET ?", params.toArray()).stream()
                    .map(AuditReview::view).toList();
            // counted up to COUNTED and no further: counting a million entries for each page took 1.7 s
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM audit_event" + f.where()
                    + " LIMIT " + (COUNTED + 1) + ") matching")) {
                for (int i = 0; i < f.params().size(); i++) {
                    s.setObject(i + 1, f.params().get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            trail.record("AUDIT_READ", "AUDIT_TRAIL", query.sourceId(), labelOf(query), AuditTrail.SUCCESS);
            return new Page<>(items, page, size, Math.min(total, COUNTED), total > COUNTED);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    /**
     * The filtered slice as JSON ({@link SliceJson}), after chaining and signing what is committed now.
     * Where the chain waits at a seq a rolled-back transaction left, the export waits for the gap to
     * be recorded (a few seconds at most) rather than leave out entries committed before it was asked for.
     */
    public String export(AuditQuery query) {
        ChainStatus status = chainedThroughNow();
        Filter f = Filter.of(query, clearance());
        try (Connection c = dataSource.getConnection()) {
            List<Object> params = new ArrayList<>(f.params());
            params.add(status.lastCheckpointSeq());
            String where = (f.where().isEmpty() ? " WHERE" : f.where() + " AND") + " seq <= ?";
            List<AuditEntry> entries = JdbcTrail.entries(c, "SELECT " + JdbcTrail.ENTRY_COLUMNS + " FROM audit_event"
                    + where + " ORDER BY seq LIMIT " + (MAX_EXPORT + 1), params.toArray());
            if (entries.size() > MAX_EXPORT) {
                throw HumException.invalid("from", "the filter matches more than " + MAX_EXPORT
                        + " entries: narrow it (a shorter time range, an actor or an action) and export again");
            }
            AuditSlice slice = new AuditSlice(List.of(), List.of(), List.of(), false);
            if (!entries.isEmpty()) {
                long first = entries.get(0).seq();
                long last = entries.get(entries.size() - 1).seq();
                List<Checkpoint> anchor = JdbcTrail.checkpoints(c, "SELECT " + JdbcTrail.CHECKPOINT_COLUMNS
                        + " FROM audit_checkpoint WHERE last_seq < ? ORDER BY last_seq DESC, id LIMIT 1", first);
                List<Checkpoint> cover = JdbcTrail.checkpoints(c, "SELECT " + JdbcTrail.CHECKPOINT_COLUMNS
                        + " FROM audit_checkpoint WHERE last_seq >= ? ORDER BY last_seq, id LIMIT 1", last);
                long from = anchor.isEmpty() ? 0 : anchor.get(0).lastSeq();
                long to = cover.get(0).lastSeq();
                List<ChainLink> links = JdbcTrail.links(c, "SELECT " + JdbcTrail.LINK_COLUMNS
                        + " FROM audit_chain WHERE seq > ? AND seq <= ? ORDER BY seq", from, to);
                List<Checkpoint> checkpoints = JdbcTrail.checkpoints(c, "SELECT " + JdbcTrail.CHECKPOINT_COLUMNS
                        + " FROM audit_checkpoint WHERE last_seq >= ? AND last_seq <= ? ORDER BY last_seq, id",
                        anchor.isEmpty() ? 1 : from, to);
                slice = new AuditSlice(entries, links, checkpoints, false);
            }
            trail.record("AUDIT_READ", "AUDIT_EXPORT", query.sourceId(), labelOf(query), AuditTrail.SUCCESS);
            return SliceJson.write(slice);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export the audit trail", e);
        }
    }

    private ChainStatus chainedThroughNow() {
        long newest = chainer.newestSeq(); // in its own transaction: this one's snapshot must come after the chaining
        long deadline = System.nanoTime() + settings.gapAfter().plusSeconds(5).toNanos();
        ChainStatus status = chainer.chainNow();
        while (status.lastCheckpointSeq() < newest && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = chainer.chainNow();
        }
        return status;
    }

    /**
     * A read filtered by a source names it: it carries the file's label, as entries about the file
     * do, when the reviewer may see the file; otherwise none, as for an id that names nothing, so
     * that the reviewer's own entry does not tell the two apart (docs/architecture.md, "Audit trail").
     */
    private String labelOf(AuditQuery query) {
        String label = query.sourceId() == null ? null : trail.sourceLabel(query.sourceId());
        return label != null && clearance().dominates(label) ? label : null;
    }

    /** The reviewer's clearance, as the label predicate every query of the trail carries. */
    private Clearance clearance() {
        Viewer viewer = viewers.of(principal);
        List<String> names = config.levels().names();
        return new Clearance(names.subList(0, Math.min(names.size(), Math.max(0, viewer.clearanceLevel() + 1))),
                viewer.compartments());
    }

    /**
     * The levels a reviewer is cleared to and the compartments they hold. An entry about a
     * labelled object is shown, and counted, only when the reviewer dominates its label
     * (docs/architecture.md, "Enforcement" 4): the trail must not reveal files in compartments a reviewer
     * lacks. Labels are stored as {@code LEVEL/C1+C2} ({@link AuditTrail#label}).
     */
    record Clearance(List<String> levels, java.util.Collection<String> compartments) {
        /** Whether this clearance dominates a label as audit text ({@code LEVEL/C1+C2}). */
        boolean dominates(String label) {
            int slash = label.indexOf('/');
            if (slash < 0 || !levels.contains(label.substring(0, slash))) {
                return false;
            }
            String part = label.substring(slash + 1);
            return part.isEmpty() || compartments.containsAll(java.util.Arrays.asList(part.split("\\+")));
        }

        /** Matches the compartment part of a label whose every compartment is held. */
        String compartmentPattern() {
            if (compartments.isEmpty()) {
                return "^$";
            }
            // compartment codes are [A-Z][A-Z0-9-]*: nothing in them is special to a regular expression
            String any = "(" + String.join("|", new java.util.TreeSet<>(compartments)) + ")";
            return "^$|^" + any + "(\\+" + any + ")*$";
        }
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(), e.objectType(),
                e.objectId(), e.label(), e.purpose(), e.outcome(), e.clientAddress(), e.correlationId());
    }

    /** The WHERE clause of a query, with its parameters in order. */
    record Filter(String where, List<Object> params) {
        static final Instant TIMESTAMP_MAX = Instant.parse("2038-01-19T03:14:07Z");

        static Filter of(AuditQuery q, Clearance clearance) {
            List<String> terms = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (q.sourceId() != null) {
                terms.add("object_type = 'SOURCE' AND object_id = ?");
                params.add(q.sourceId());
            }
            if (q.actor() != null) {
                terms.add("actor = ?");
                params.add(q.actor());
            }
            if (q.action() != null) {
                terms.add("action = ?");
                params.add(q.action());
            }
            // a TIMESTAMP holds 1970 to 2038 only, and FROM_UNIXTIME gives NULL outside it: bound the range here
            if (q.from() != null && q.from().isAfter(TIMESTAMP_MAX) || q.to() != null && !q.to().isAfter(Instant.EPOCH)) {
                terms.add("1 = 0");
            }
            if (q.from() != null && q.from().isAfter(Instant.EPOCH) && !q.from().isAfter(TIMESTAMP_MAX)) {
                terms.add("occurred_at >= FROM_UNIXTIME(?)");
                params.add(JdbcTrail.seconds(q.from()));
            }
            if (q.to() != null && q.to().isAfter(Instant.EPOCH) && !q.to().isAfter(TIMESTAMP_MAX)) {
                terms.add("occurred_at < FROM_UNIXTIME(?)");
                params.add(JdbcTrail.seconds(q.to()));
            }
            if (clearance.levels().isEmpty()) {
                terms.add("label IS NULL");
            } else {
                terms.add("(label IS NULL OR (SUBSTRING_INDEX(label, '/', 1) IN ("
                        + String.join(", ", java.util.Collections.nCopies(clearance.levels().size(), "?"))
                        + ") AND SUBSTRING_INDEX(label, '/', -1) REGEXP ?))");
                params.addAll(clearance.levels());
                params.add(clearance.compartmentPattern());
            }
            return new Filter(" WHERE " + String.join(" AND ", terms), List.copyOf(params));
        }
    }
}
