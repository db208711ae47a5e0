package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.deconfliction.ReferralView;
import org.hum.api.deconfliction.ReferralView.ReferralFile;
import org.hum.deconfliction.control.BlindIndex.Field;
import jakarta.persistence.LockModeType;
import org.hum.deconfliction.entity.CheckRefusal;
import org.hum.deconfliction.entity.Referral;
import org.hum.prospect.control.Prospects;
import org.hum.prospect.entity.Prospect;
import org.hum.deconfliction.entity.ReferralMatch;
import org.hum.deconfliction.entity.ReferralRecipient;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes referrals and lists them in controllers' work lists (docs/domain.md, "Lifecycle" 2: a hit
 * goes to the two controllers, not to the case officer). The controllers told are fixed when
 * the referral is made: every enabled controller whose compartments include a matched file's
 * (or the new file's) compartment, and every controller of the requesting unit. A controller
 * then sees each file's source number and code name only if the normal access rule lets them
 * see that file, through the access-aware {@link SourceStore}. The person who asked is never one
 * of them, even when they are a controller of the file (docs/domain.md, "Deconfliction (step 2)"):
 * when nobody else is, the referral waits.
 */
@ApplicationScoped
public class Referrals {
    private static final int WORK_LIST_LIMIT = 200;
    /** The most rows one multi-row insert of matches or recipients carries. */
    private static final int ROWS_PER_INSERT = 200;

    @Inject
    SourceStore sources;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    SourceStore store;

    @Inject
    Clock clock;

    @Inject
    Prospects prospects;

    /**
     * Records a registration's referral for confirmed matches and notifies the controllers.
     * {@code newSource} is the file being registered.
     */
    public String create(Viewer requester, Referral.Origin origin, Source newSource, Map<String, Set<Field>> matches) {
        User asker = em.find(User.class, requester.userId());
        em.flush(); // the new file's rows first: the referral names it
        String id = UUID.randomUUID().toString();
        insertReferral(id, origin, requester.userId(), asker.unit(), newSource == null ? null : newSource.id(), null, null);
        return notify(id, asker.id(), asker.unit(), newSource == null ? null : newSource.compartment(), matches);
    }

    /**
     * Records a check as a referral, whether or not anything matched, and notifies the controllers
     * of the prospect's compartment, of the asker's unit and (on a match) of each matched file's
     * compartment (docs/domain.md, "Deconfliction (step 2)"). The referral, its matched files and
     * the controllers told are written in one statement each, whatever the number of matches
     * (docs/performance.md, "Deconfliction at 1,000,000 index rows").
     *
     * @param askerUnit           the asker's unit, as read with their row locked ({@link CheckStart})
     * @param prospectCompartment the compartment of the prospect the check rests on
     */
    public String check(Viewer requester, String askerUnit, String purpose, String prospectId, String prospectCompartment,
                        Map<String, Set<Field>> matches) {
        String id = UUID.randomUUID().toString();
        insertReferral(id, Referral.Origin.CHECK, requester.userId(), askerUnit, null, purpose, prospectId);
        return notify(id, requester.userId(), askerUnit, prospectCompartment, matches);
    }

    private void insertReferral(String id, Referral.Origin origin, String requestedBy, String unit, String newSourceId,
                                String purpose, String prospectId) {
        em.createNativeQuery("INSERT INTO deconfliction_referral (id, created_at, origin, requested_by, requesting_unit, "
                        + "new_source_id, status, purpose, prospect_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, origin.name())
                .setParameter(4, requestedBy)
                .setParameter(5, unit)
                .setParameter(6, newSourceId)
                .setParameter(7, Referral.Status.OPEN.name())
                .setParameter(8, purpose)
                .setParameter(9, prospectId)
                .executeUpdate();
    }

    private String notify(String id, String askerId, String askerUnit, String ownCompartment, Map<String, Set<Field>> matches) {
        Set<String> compartments = new HashSet<>();
        if (ownCompartment != null) {
            compartments.add(ownCompartment);
        }
        List<Object[]> matchRows = new ArrayList<>();
        for (var m : matches.entrySet()) {
            matchRows.add(new Object[] {id, m.getKey(), m.getValue().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(","))});
            // compartment only, to route the referral; the confirmation read the file in this transaction already
            sources.unrestricted(m.getKey()).ifPresent(s -> compartments.add(s.compartment()));
        }
        insertRows("INSERT INTO deconfliction_match (referral_id, source_id, matched_on) VALUES ", 3, matchRows);
        List<Object[]> recipients = new ArrayList<>();
        for (Controller controller : controllers()) {
            if (controller.id().equals(askerId)) {
                continue; // docs/domain.md, "Deconfliction (step 2)": nobody decides their own referral
            }
            boolean ofAMatchedFile = controller.compartments().stream().anyMatch(compartments::contains);
            if (ofAMatchedFile || controller.unit().equals(askerUnit)) {
                recipients.add(new Object[] {id, controller.id()});
            }
        }
        insertRows("INSERT INTO deconfliction_recipient (referral_id, user_id) VALUES ", 2, recipients);
        return id;
    }

    /** The rows in as few statements as {@link #ROWS_PER_INSERT} allows; none for no rows. */
    private void insertRows(String insert, int columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            Query q = em.createNativeQuery(insert + String.join(", ",
                    Collections.nCopies(part.size(), tuple)));
            int p = 1;
            for (Object[] row : part) {
                for (Object value : row) {
                    q.setParameter(p++, value);
                }
            }
            q.executeUpdate();
        }
    }

    /** The referrals this controller was notified of, newest first; never one they asked for themself. */
    public List<ReferralView> workList(Viewer controller) {
        List<Referral> referrals = em.createQuery("select r from Referral r, ReferralRecipient t "
                        + "where t.referralId = r.id and t.userId = :user and r.requestedBy <> :user "
                        + "order by r.createdAt desc, r.id", Referral.class)
                .setParameter("user", controller.userId())
                .setMaxResults(WORK_LIST_LIMIT)
                .getResultList();
        List<ReferralView> views = new ArrayList<>();
        for (Referral r : referrals) {
            List<ReferralFile> files = new ArrayList<>();
            if (r.newSourceId() != null) {
                files.add(file(controller, "NEW", r.newSourceId(), List.of()));
            }
            em.createQuery("select m from ReferralMatch m where m.referralId = :id order by m.sourceId", ReferralMatch.class)
                    .setParameter("id", r.id())
                    .getResultList()
                    .forEach(m -> files.add(file(controller, "MATCHED", m.sourceId(), Arrays.asList(m.matchedOn().split(",")))));
            User asker = em.find(User.class, r.requestedBy());
            String prospectId = r.prospectId() == null ? null
                    : prospects.find(controller, r.prospectId()).map(Prospect::id).orElse(null);
            views.add(new ReferralView(r.id(), r.createdAt(), r.origin(), r.status(), asker.username(),
                    r.requestingUnit(), files, r.purpose(), prospectId, r.outcome(), r.outcomeNote()));
        }
        return views;
    }

    /**
     * A referral this controller was notified of, locked for the rest of the transaction; never
     * one they asked for themself (see {@link #askedBy}).
     */
    public Optional<Referral> notifiedForUpdate(Viewer controller, String referralId) {
        if (referralId == null || em.find(ReferralRecipient.class, new ReferralRecipient.Key(referralId, controller.userId())) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Referral.class, referralId, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> !askedBy(controller, r));
    }

    /** Whether this is a referral of the person's own check or registration: they know it exists. */
    public boolean ownReferral(Viewer person, String referralId) {
        return referralId != null && Optional.ofNullable(em.find(Referral.class, referralId))
                .filter(r -> askedBy(person, r)).isPresent();
    }

    private static boolean askedBy(Viewer person, Referral r) {
        return r.requestedBy().equals(person.userId());
    }

    /** One of this person's own checks. */
    public Optional<Referral> ownCheck(Viewer asker, String checkId) {
        if (checkId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Referral.class, checkId))
                .filter(r -> Referral.Origin.CHECK.name().equals(r.origin()) && r.requestedBy().equals(asker.userId()));
    }

    /** This person's checks, newest first. */
    public List<Referral> ownChecks(Viewer asker) {
        return em.createQuery("select r from Referral r where r.requestedBy = :u and r.origin = 'CHECK' "
                        + "order by r.createdAt desc, r.id", Referral.class)
                .setParameter("u", asker.userId()).setMaxResults(WORK_LIST_LIMIT).getResultList();
    }

    /**
     * Every check made since {@code from}, and every registration that matched a file (a
     * registration's referral is made only on a match): who, when, whether it matched a file, and
     * whether it was a registration (docs/domain.md, "Deconfliction (step 2)").
     */
    public List<CheckLine> checksSince(Instant from) {
        Set<String> matched = new HashSet<>(em.createQuery("select distinct m.referralId from ReferralMatch m, Referral r "
                        + "where m.referralId = r.id and r.createdAt >= :from", String.class)
                .setParameter("from", from).getResultList());
        return em.createQuery("select r from Referral r where r.createdAt >= :from "
                        + "order by r.createdAt", Referral.class)
                .setParameter("from", from).getResultList().stream()
                .map(r -> new CheckLine(r.requestedBy(), r.createdAt(), matched.contains(r.id()),
                        Referral.Origin.REGISTRATION.name().equals(r.origin()))).toList();
    }

    /** The refusals past the limit since {@code from}. */
    public List<CheckRefusal> refusalsSince(Instant from) {
        return em.createQuery("select f from CheckRefusal f where f.refusedAt >= :from", CheckRefusal.class)
                .setParameter("from", from).getResultList();
    }

    public String username(String userId) {
        User u = em.find(User.class, userId);
        return u == null ? userId : u.username();
    }

    /** One check or registration as the anomaly list reads it: who, when, whether it matched, which of the two. */
    public record CheckLine(String userId, Instant at, boolean matched, boolean registration) {
    }

    private ReferralFile file(Viewer controller, String role, String sourceId, List<String> matchedOn) {
        return store.find(controller, sourceId)
                .filter(s -> AccessRule.dominates(controller, s.label())) // docs/architecture.md, Enforcement 2: re-check
                .map(s -> new ReferralFile(role, true, s.sourceNumber(), s.codeName(), s.compartment(), matchedOn))
                .orElseGet(() -> new ReferralFile(role, false, null, null, null, matchedOn));
    }

    /** An enabled controller, as routing a referral needs them. */
    private record Controller(String id, String unit, Set<String> compartments) {
    }

    private List<Controller> controllers() {
        // every enabled controller with their unit and compartments, in one statement
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.unit, c.compartment_code FROM app_user u "
                        + "JOIN user_role r ON r.user_id = u.id AND r.role = ? "
                        + "LEFT JOIN user_compartment c ON c.user_id = u.id WHERE u.enabled = TRUE ORDER BY u.id")
                .setParameter(1, Role.CONTROLLER_NAME)
                .getResultList();
        Map<String, Controller> found = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Controller c = found.computeIfAbsent(String.valueOf(r[0]),
                    k -> new Controller(k, String.valueOf(r[1]), new HashSet<>()));
            if (r[2] != null) {
                c.compartments().add(String.valueOf(r[2]));
            }
        }
        return List.copyOf(found.values());
    }
}
