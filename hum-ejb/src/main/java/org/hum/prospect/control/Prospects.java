package org.hum.prospect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.prospect.entity.Prospect;
import org.hum.prospect.entity.ProspectContact;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;

/**
 * The one access-aware way to read prospects: every query carries the viewer's dominance
 * predicate (a prospect is labelled like a source file), so hidden prospects change no list or
 * count. Also the prospects' deadlines: an open prospect with contacts is due for registration
 * on the day status drift begins.
 */
@ApplicationScoped
public class Prospects implements DeadlineSource {
    public static final String DRIFT_KIND = "PROSPECT_STATUS_DRIFT";
    // a prospect shredded with its source file is gone: as a missing one
    private static final String VISIBLE = " p.compartment in :compartments and p.classificationLevel <= :level "
            + "and p.status <> 'DESTROYED' ";
    private static final int LIST_LIMIT = 500;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Rules rules;

    @Inject
    DataKeys dataKeys;

    @Inject
    FieldCipher cipher;

    /** A new prospect under a data key of its own, its working name sealed to its row. */
    public Prospect create(String workingName, String compartment, int level, String createdBy, Instant now) {
        DataKey key = dataKeys.create();
        Prospect p = new Prospect(UUID.randomUUID().toString(), compartment, level, key.id().toString(), key.version(),
                createdBy, now);
        p.sealedName(cipher.encryptString(key, new FieldContext(Prospect.ENTITY, Prospect.WORKING_NAME,
                p.id()), workingName.strip()));
        add(p);
        return p;
    }

    /** A contact, its notes (if any) sealed to its row under the prospect's key. */
    public ProspectContact contact(Prospect p, LocalDate on, String method, String notes, String recordedBy, Instant now) {
        ProspectContact c = new ProspectContact(UUID.randomUUID().toString(), p.id(), on, method, recordedBy, now);
        if (notes != null && !notes.isBlank()) {
            c.sealedNotes(cipher.encryptString(dataKeys.load(p.dekId(), p.dekVersion()),
                    new FieldContext(ProspectContact.ENTITY, ProspectContact.NOTES, c.id()), notes.strip()));
        }
        addContact(c);
        return c;
    }

    public Optional<Prospect> find(Viewer viewer, String id) {
        if (viewer.compartments().isEmpty() || id == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Prospect p where p.id = :id and" + VISIBLE, Prospect.class)
                .setParameter("id", id)
                .setParameter("compartments", viewer.compartments())
                .setParameter("level", viewer.clearanceLevel())
                .getResultStream().findFirst()
                .filter(p -> AccessRule.dominates(viewer, p.label()));
    }

    /** As {@link #find}, the prospect's row then locked for the rest of the transaction (one change at a time). */
    public Optional<Prospect> findForUpdate(Viewer viewer, String id) {
        return find(viewer, id).map(p -> {
            em.refresh(p, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            return p;
        });
    }

    /** The prospects this viewer may see, open ones first, newest first. */
    public List<Prospect> visible(Viewer viewer, boolean openOnly) {
        if (viewer.compartments().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Prospect p where" + VISIBLE + (openOnly ? " and p.status = 'OPEN' " : "")
                        + "order by p.status, p.createdAt desc, p.id", Prospect.class)
                .setParameter("compartments", viewer.compartments())
                .setParameter("level", viewer.clearanceLevel())
                .setMaxResults(LIST_LIMIT)
                .getResultStream()
                .filter(p -> AccessRule.dominates(viewer, p.label()))
                .toList();
    }

    /** An open prospect this viewer may see, to be registered: 404 when hidden or missing, 409 when closed. */
    public Prospect openForRegistration(Viewer viewer, String id) {
        Prospect p = find(viewer, canonical(id)).orElseThrow(() -> HumException.notFound("prospect"));
        if (!p.open()) {
            throw notOpen(p);
        }
        return p;
    }

    /** Why nothing more can be done with a prospect that is not open. */
    public static HumException notOpen(Prospect p) {
        return new HumException(ErrorCode.CONFLICT, Prospect.CLOSED.equals(p.status())
                ? "Contact with this prospect was ended (" + p.closureReason() + "); record a new prospect if contact resumes."
                : "This prospect was already registered as a source; open that source file instead.");
    }

    public void close(Prospect prospect, String reason, String by, Instant now) {
        prospect.closed(reason, by, now);
        em.flush();
    }

    public void closeByRegistration(Prospect prospect, String sourceId, Instant now) {
        prospect.registered(sourceId, now);
        em.flush();
    }

    /**
     * Crypto-shredding of a source file reaches the prospect it was registered from: the same
     * person's working name and contact notes. The prospects are marked destroyed (they leave
     * every list and answer as missing); returns them (their data keys are for the caller to
     * erase after the destruction is recorded).
     */
    public List<Prospect> destroyWithSource(String sourceId) {
        List<Prospect> keys = new ArrayList<>();
        for (Prospect p : em.createQuery("select p from Prospect p where p.sourceId = :s and p.status <> 'DESTROYED'",
                Prospect.class).setParameter("s", sourceId).getResultList()) {
            p.destroyed();
            keys.add(p);
        }
        em.flush();
        return keys;
    }

    public void add(Prospect p) {
        em.persist(p);
        em.flush();
    }

    public void addContact(ProspectContact c) {
        em.persist(c);
        em.flush();
    }

    public List<ProspectContact> contacts(String prospectId) {
        return em.createQuery("select c from ProspectContact c where c.prospectId = :id order by c.contactOn, c.recordedAt, c.id",
                ProspectContact.class).setParameter("id", prospectId).getResultList();
    }

    public StatusDrift drift(List<ProspectContact> contacts) {
        RuleProfile profile = rules.current();
        return StatusDrift.of(contacts.stream().map(ProspectContact::contactOn).toList(),
                profile.prospectContactThreshold(), profile.prospectDayThreshold());
    }

    /** Every open prospect with contacts is due for registration on the day drift begins. */
    @Override
    public boolean gives(String kind) {
        return DRIFT_KIND.equals(kind);
    }

    /**
     * The open prospects' deadlines, each prospect's contacts read with every other's in one statement,
     * not one a prospect (docs/performance.md, "Statements per request").
     */
    @Override
    public List<Deadline> deadlines(LocalDate today) {
        Map<String, List<ProspectContact>> byProspect = new HashMap<>();
        em.createQuery("select c from ProspectContact c where c.prospectId in (select p.id from Prospect p where p.status = 'OPEN') "
                        + "order by c.contactOn, c.recordedAt, c.id", ProspectContact.class).getResultList()
                .forEach(c -> byProspect.computeIfAbsent(c.prospectId(), k -> new ArrayList<>()).add(c));
        List<Deadline> out = new ArrayList<>();
        for (Prospect p : em.createQuery("select p from Prospect p where p.status = 'OPEN' order by p.createdAt, p.id",
                Prospect.class).getResultList()) {
            List<ProspectContact> contacts = byProspect.getOrDefault(p.id(), List.of());
            StatusDrift drift = drift(contacts);
            drift.dueOn().ifPresent(due -> out.add(new Deadline("PROSPECT", p.id(), null, DRIFT_KIND,
                    "Prospect in " + p.compartment() + " with " + contacts.size() + " contact(s): register it or end contact"
                            + (drift.drifted() ? " (status drift: " + drift.reason() + ")" : ""),
                    due, p.label())));
        }
        return out;
    }

    /**
     * None: a prospect is not a file, and its deadlines name none ({@link Deadline#sourceId()} is null),
     * so a register page, which asks for its files' deadlines only, reads no prospect.
     */
    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        return List.of();
    }

    public static String canonical(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
