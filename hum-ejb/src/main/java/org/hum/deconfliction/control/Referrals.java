package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
        String id = UUID.randomUUID().toString();
        em.persist(new Referral(id, clock.instant(), origin, requester.userId(), asker.unit(),
                newSource == null ? null : newSource.id()));
        return notify(id, asker, newSource == null ? null : newSource.compartment(), matches);
    }

    /**
     * Records a check as a referral, whether or not anything matched, and notifies the controllers
     * of the prospect's compartment, of the asker's unit and (on a match) of each matched file's
     * compartment (docs/domain.md, "Deconfliction (step 2)").
     */
    public String check(Viewer requester, String purpose, Prospect prospect, Map<String, Set<Field>> matches) {
        User asker = em.find(User.class, requester.userId());
        String id = UUID.randomUUID().toString();
        em.persist(Referral.check(id, clock.instant(), requester.userId(), asker.unit(), purpose, prospect.id()));
        return notify(id, asker, prospect.compartment(), matches);
    }

    private String notify(String id, User asker, String ownCompartment, Map<String, Set<Field>> matches) {
        em.flush();
        Set<String> compartments = new HashSet<>();
        if (ownCompartment != null) {
            compartments.add(ownCompartment);
        }
        for (var m : matches.entrySet()) {
            em.persist(new ReferralMatch(id, m.getKey(), m.getValue().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(","))));
            sources.unrestricted(m.getKey()) // compartment only, to route the referral
                    .ifPresent(s -> compartments.add(s.compartment()));
        }
        for (User controller : controllers()) {
            if (controller.id().equals(asker.id())) {
                continue; // docs/domain.md, "Deconfliction (step 2)": nobody decides their own referral
            }
            boolean ofAMatchedFile = controller.compartments().stream().anyMatch(compartments::contains);
            if (ofAMatchedFile || controller.unit().equals(asker.unit())) {
                em.persist(new ReferralRecipient(id, controller.id()));
            }
        }
        em.flush();
        return id;
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
     * How many checks this person made since {@code from}, counted with their account row locked,
     * so that two checks at once cannot both pass the limit.
     */
    public int checksSinceLocked(String userId, Instant from) {
        em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("select count(r) from Referral r where r.requestedBy = :u and r.origin = 'CHECK' "
                        + "and r.createdAt >= :from", Long.class)
                .setParameter("u", userId).setParameter("from", from).getSingleResult().intValue();
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

    private List<User> controllers() {
        // every controller's roles and compartments in one statement each, not two a controller
        return em.createQuery("select distinct u from User u join u.roles r where r = :role and u.enabled = true", User.class)
                .setParameter("role", Role.CONTROLLER_NAME)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch", "u.compartments")
                .getResultList();
    }
}
