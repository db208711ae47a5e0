package org.hum.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.security.enterprise.SecurityContext;
import org.hum.api.Role;
import org.hum.audit.verify.AuditEntry;
import org.hum.audit.verify.JdbcTrail;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Appends audit entries (docs/architecture.md, "Audit trail"). An entry is inserted in the caller's
 * transaction, so it commits or rolls back with the action it records, and an entry that
 * cannot be written fails the action (fail closed). The entry carries its own hash; it is
 * not chained here: holding one chain head inside every business transaction would make the
 * trail the bottleneck, so {@code AuditChainer} links committed entries just after.
 *
 * <p>Object ids are ids and code names only, never a plaintext identity.
 */
@ApplicationScoped
public class AuditTrail {
    public static final String SUCCESS = "SUCCESS";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";
    public static final String ANONYMOUS = "anonymous";

    private static final Set<String> OUTCOMES = Set.of(SUCCESS, REFUSED, FAILED);
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]{1,47}");
    private static final String VALUES = "(FROM_UNIXTIME(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = "INSERT INTO audit_event (occurred_at, actor, actor_roles, action, object_type, "
            + "object_id, label, purpose, outcome, client_address, correlation_id, entry_hash) VALUES " + VALUES;
    /** The most entries {@link #recordAll} writes in one statement. */
    static final int ENTRIES_PER_STATEMENT = 50;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Instance<AuditContext> context;

    @Inject
    Clock clock;

    @Inject
    AuditLabels labels;

    /**
     * Records an action of the current caller: actor, roles, time, client address,
     * correlation id and purpose come from the context.
     *
     * @param action     what happened, e.g. {@code SOURCE_READ}
     * @param objectType the kind of object, e.g. {@code SOURCE}; may be null
     * @param objectId   its id or code name (never an identity); may be null
     * @param label      its label as text ({@link #label}); may be null
     * @param outcome    {@link #SUCCESS}, {@link #REFUSED} or {@link #FAILED}
     */
    public void record(String action, String objectType, String objectId, String label, String outcome) {
        Principal caller = security.getCallerPrincipal();
        recordAs(actorOf(caller), rolesOf(caller), action, objectType, objectId, label, outcome);
    }

    private static String actorOf(Principal caller) {
        return caller == null || caller.getName() == null || "ANONYMOUS".equals(caller.getName())
                ? ANONYMOUS : caller.getName();
    }

    /**
     * The caller's roles, asked of the container once per request and caller (each
     * {@code isCallerInRole} is a policy check: asking for every role on every entry was 6 % of a
     * contact report's CPU; docs/performance.md, "Where a contact report's time goes").
     */
    private Set<String> rolesOf(Principal caller) {
        if (caller == null) {
            return new TreeSet<>();
        }
        AuditContext c = context();
        String name = String.valueOf(caller.getName());
        Set<String> kept = c == null ? null : c.rolesOf(name);
        if (kept != null) {
            return kept;
        }
        Set<String> roles = new TreeSet<>();
        for (Role r : Role.values()) {
            if (security.isCallerInRole(r.name())) {
                roles.add(r.name());
            }
        }
        Set<String> asked = Collections.unmodifiableSet(roles);
        if (c != null) {
            c.keepRoles(name, asked);
        }
        return asked;
    }

    /**
     * As {@link #record}, for an object the caller asked for by id and may not see, or that does not
     * exist: the entry carries no label and none is looked up, so that it reads the same whether
     * the id names a hidden file or nothing (docs/architecture.md, "Audit trail"). The id asked for
     * stays, so a reviewer who may see a file still finds every refused attempt to reach it.
     */
    public void recordUnseen(String action, String objectType, String objectId, String outcome) {
        insert(List.of(captureUnseen(action, objectType, objectId, outcome)));
    }

    /**
     * The entry {@link #record} would insert, sealed but not written: everything the current
     * caller's context says (actor, roles, time, client address, correlation id, purpose, the
     * label of a file) captured now, for {@link #write} to insert later, maybe in another thread
     * ({@code AuditLog}'s batches).
     */
    public AuditEntry capture(String action, String objectType, String objectId, String label, String outcome) {
        Principal caller = security.getCallerPrincipal();
        return entry(actorOf(caller), rolesOf(caller), action, objectType, objectId, labelled(objectType, objectId, label),
                outcome);
    }

    /** As {@link #capture}, for what {@link #recordUnseen} records: no label, none looked up. */
    public AuditEntry captureUnseen(String action, String objectType, String objectId, String outcome) {
        Principal caller = security.getCallerPrincipal();
        return entry(actorOf(caller), rolesOf(caller), action, objectType, objectId, null, outcome);
    }

    /**
     * Inserts entries {@link #capture}d before, in this order, in the current transaction, up to
     * {@value #ENTRIES_PER_STATEMENT} rows a statement. Each statement lists its rows, so InnoDB
     * hands it exactly as many consecutive sequence numbers as it has rows, and the chainer finds
     * no gap (docs/performance.md, "At scale").
     */
    public void write(List<AuditEntry> entries) {
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_STATEMENT) {
            insert(entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_STATEMENT)));
        }
    }

    /** As {@link #record}, for an actor who is not (yet) the caller: a login, for instance. */
    public void recordAs(String actor, Collection<String> roles, String action, String objectType, String objectId,
                         String label, String outcome) {
        insert(List.of(entry(actor, roles, action, objectType, objectId, labelled(objectType, objectId, label), outcome)));
    }

    /** The label given, or a file's own when none is given for a {@code SOURCE}. */
    private String labelled(String objectType, String objectId, String label) {
        return label == null && "SOURCE".equals(objectType) && objectId != null ? sourceLabel(objectId) : label;
    }

    /** One entry of {@link #recordAll}: what {@link #record} takes. */
    public record Entry(String action, String objectType, String objectId, String label, String outcome) {
    }

    /**
     * As {@link #record} for each entry, in this order, in one statement (up to
     * {@value #ENTRIES_PER_STATEMENT} entries a statement): for a request that records several
     * entries at once, such as a deconfliction check and the files it matched (docs/performance.md,
     * "Deconfliction at 1,000,000 index rows"). One multi-row insert with its rows listed gets
     * consecutive sequence numbers, as single inserts would.
     */
    public void recordAll(List<Entry> entries) {
        Principal caller = security.getCallerPrincipal();
        String actor = actorOf(caller);
        Set<String> roles = rolesOf(caller);
        List<AuditEntry> sealed = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            sealed.add(entry(actor, roles, e.action(), e.objectType(), e.objectId(),
                    labelled(e.objectType(), e.objectId(), e.label()), e.outcome()));
        }
        write(sealed);
    }

    private AuditEntry entry(String actor, Collection<String> roles, String action, String objectType, String objectId,
                             String label, String outcome) {
        if (!ACTION.matcher(action).matches() || !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("audit action must be UPPER_SNAKE and outcome one of " + OUTCOMES);
        }
        AuditContext ctx = context();
        return new AuditEntry(0, clock.instant(), bounded(actor == null ? ANONYMOUS : actor, 64),
                roles == null || roles.isEmpty() ? null : bounded(String.join(",", new TreeSet<>(roles)), 255), action,
                bounded(objectType, 32), bounded(objectId, 64), bounded(label, 255),
                ctx == null ? null : ctx.purpose(), outcome,
                ctx == null ? null : ctx.clientAddress(), ctx == null ? null : ctx.correlationId(), null).sealed();
    }

    private void insert(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 1; i < entries.size(); i++) {
            sql.append(", ").append(VALUES);
        }
        // a failure here propagates and rolls the caller's transaction back: no audit, no action
        Query q = em.createNativeQuery(sql.toString());
        int p = 1;
        for (AuditEntry entry : entries) {
            q.setParameter(p++, JdbcTrail.seconds(entry.occurredAt()))
                    .setParameter(p++, entry.actor())
                    .setParameter(p++, entry.actorRoles())
                    .setParameter(p++, entry.action())
                    .setParameter(p++, entry.objectType())
                    .setParameter(p++, entry.objectId())
                    .setParameter(p++, entry.label())
                    .setParameter(p++, entry.purpose())
                    .setParameter(p++, entry.outcome())
                    .setParameter(p++, entry.clientAddress())
                    .setParameter(p++, entry.correlationId())
                    .setParameter(p++, entry.entryHash());
        }
        q.executeUpdate();
    }

    /** A label as audit text: the level's name and the sorted compartments, e.g. {@code SENSITIVE/COPPER+MESA}. */
    public static String label(String levelName, Collection<String> compartments) {
        return levelName + "/" + String.join("+", new TreeSet<>(compartments == null ? Collections.emptySet() : compartments));
    }

    /**
     * An entry about a source file carries the file's label even where the caller could not
     * name it (a deconfliction match), so that reviewers see it only when they dominate it; but
     * not a refused read of an id the caller may not see ({@link #recordUnseen}). Looked up by id, label only: nothing of the file's content is read.
     */
    public String sourceLabel(String sourceId) {
        return labels.sourceLabel(sourceId).orElse(null);
    }

    private AuditContext context() {
        try {
            if (context.isResolvable()) {
                AuditContext c = context.get();
                c.clientAddress(); // touches the proxy: throws when no request is active
                return c;
            }
        } catch (ContextNotActiveException e) {
            // a timer or startup: no request to describe
        }
        return null;
    }

    private static String bounded(String s, int max) {
        if (s == null) {
            return null;
        }
        if (s.length() > max) {
            throw new IllegalArgumentException("audit field longer than " + max + " characters");
        }
        return s;
    }
}
