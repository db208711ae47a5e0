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
import org.hum.deconfliction.entity.Referral;
import org.hum.deconfliction.entity.ReferralMatch;
import org.hum.deconfliction.entity.ReferralRecipient;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.Clock;
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
 * see that file, through the access-aware {@link SourceStore}.
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

    /**
     * Records a referral for confirmed matches and notifies the controllers. {@code newSource}
     * is the file being registered, or null for a check.
     */
    public String create(Viewer requester, Referral.Origin origin, Source newSource, Map<String, Set<Field>> matches) {
        User asker = em.find(User.class, requester.userId());
        String id = UUID.randomUUID().toString();
        em.persist(new Referral(id, clock.instant(), origin, requester.userId(), asker.unit(),
                newSource == null ? null : newSource.id()));
        em.flush();
        Set<String> compartments = new HashSet<>();
        if (newSource != null) {
            compartments.add(newSource.compartment());
        }
        for (var m : matches.entrySet()) {
            em.persist(new ReferralMatch(id, m.getKey(), m.getValue().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(","))));
            sources.unrestricted(m.getKey()) // compartment only, to route the referral
                    .ifPresent(s -> compartments.add(s.compartment()));
        }
        for (User controller : controllers()) {
            boolean ofAMatchedFile = controller.compartments().stream().anyMatch(compartments::contains);
            if (ofAMatchedFile || controller.unit().equals(asker.unit())) {
                em.persist(new ReferralRecipient(id, controller.id()));
            }
        }
        em.flush();
        return id;
    }

    /** The referrals this controller was notified of, newest first. */
    public List<ReferralView> workList(Viewer controller) {
        List<Referral> referrals = em.createQuery("select r from Referral r, ReferralRecipient t "
                        + "where t.referralId = r.id and t.userId = :user order by r.createdAt desc, r.id", Referral.class)
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
            views.add(new ReferralView(r.id(), r.createdAt(), r.origin(), r.status(), asker.username(),
                    r.requestingUnit(), files));
        }
        return views;
    }

    private ReferralFile file(Viewer controller, String role, String sourceId, List<String> matchedOn) {
        return store.find(controller, sourceId)
                .filter(s -> AccessRule.dominates(controller, s.label())) // docs/architecture.md, Enforcement 2: re-check
                .map(s -> new ReferralFile(role, true, s.sourceNumber(), s.codeName(), s.compartment(), matchedOn))
                .orElseGet(() -> new ReferralFile(role, false, null, null, null, matchedOn));
    }

    private List<User> controllers() {
        return em.createQuery("select distinct u from User u join u.roles r where r = :role and u.enabled = true", User.class)
                .setParameter("role", Role.CONTROLLER_NAME)
                .getResultList();
    }
}
