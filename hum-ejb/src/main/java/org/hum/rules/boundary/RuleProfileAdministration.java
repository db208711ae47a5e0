package org.hum.rules.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.hum.api.Role;
import org.hum.api.error.HumException;
import org.hum.api.rules.RuleProfileChangeView;
import org.hum.api.rules.RuleProfileSettings;
import org.hum.api.rules.RuleProfileView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.DatabaseRaces;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.RuleProfileChanged;
import org.hum.rules.control.RuleProfileCodec;
import org.hum.rules.control.RuleProfileTuning;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.Rules;
import org.hum.rules.entity.RuleProfileChange;
import org.hum.rules.entity.RuleProfileSetting;

import java.time.Clock;
import java.util.List;

/**
 * The deployment's rule profile (docs/domain.md, "Rule profiles"): everyone signed in reads it
 * (screens show its figures); an administrator chooses US_FEDERAL or UK, tunes its figures,
 * or resets them to the shipped ones. Every change is validated strictly (nothing changes
 * on any fault), audited as RULE_PROFILE_CHANGED, kept in the history with the figures
 * before and after, and in force from the very next request.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RuleProfileAdministration {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Rules rules;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    Event<RuleProfileChanged> changed;

    @Resource
    SessionContext context;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME, Role.PARTNER_NAME, Role.ADMIN_NAME})
    public RuleProfileView current() {
        RuleProfileSetting setting = em.find(RuleProfileSetting.class, RuleProfileSetting.DEPLOYMENT);
        if (setting == null) {
            return view(rules.configured(), null, RuleProfileBootstrap.SYSTEM);
        }
        return view(RuleProfileCodec.parse(setting.profileId(), setting.figures()), setting.changedAt(), setting.changedBy());
    }

    /** As {@link #current()}, on the administrators' path. */
    public RuleProfileView forAdministrator() {
        return current();
    }

    /**
     * Chooses a profile and tunes its figures; see {@link RuleProfileTuning} for what is accepted. A
     * change moves every file's kept clocks and the due lists, so a file's review or validation at
     * the same moment can make it a deadlock's victim: rolled back whole, it is run again, up to
     * {@link DatabaseRaces#RETRIES} times (and so is a lock wait that timed out).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RuleProfileView change(RuleProfileSettings request) {
        RuleProfileAdministration self = context.getBusinessObject(RuleProfileAdministration.class);
        return DatabaseRaces.retried(() -> self.changeOnce(request));
    }

    /** One run of {@link #change} in its own transaction; public only for the container's proxy. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public RuleProfileView changeOnce(RuleProfileSettings request) {
        RuleProfileSetting setting = locked();
        RuleProfile before = RuleProfileCodec.parse(setting.profileId(), setting.figures());
        RuleProfile after;
        try {
            after = RuleProfileTuning.apply(before, request);
        } catch (HumException e) {
            refusals.refused("RULE_PROFILE_CHANGED", "RULE_PROFILE", before.id(), null);
            throw e;
        }
        return write(setting, before, after, RuleProfileChange.Action.CHANGED);
    }

    /** Puts back the shipped figures of the profile in force; run again when it loses a race, as {@link #change}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RuleProfileView resetToShipped() {
        RuleProfileAdministration self = context.getBusinessObject(RuleProfileAdministration.class);
        return DatabaseRaces.retried(self::resetOnce);
    }

    /** One run of {@link #resetToShipped} in its own transaction; public only for the container's proxy. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public RuleProfileView resetOnce() {
        RuleProfileSetting setting = locked();
        RuleProfile before = RuleProfileCodec.parse(setting.profileId(), setting.figures());
        RuleProfile shipped = RuleProfiles.shipped(before.id()).orElseThrow();
        return write(setting, before, shipped, RuleProfileChange.Action.RESET);
    }

    /** Every change, newest first. */
    public List<RuleProfileChangeView> history() {
        return em.createQuery("select c from RuleProfileChange c order by c.id desc", RuleProfileChange.class)
                .setMaxResults(500)
                .getResultStream()
                .map(c -> new RuleProfileChangeView(c.id(), c.changedAt(), c.changedBy(), c.action(),
                        c.oldFigures() == null ? null : RuleProfileCodec.settings(RuleProfileCodec.parse(c.oldProfileId(), c.oldFigures())),
                        RuleProfileCodec.settings(RuleProfileCodec.parse(c.newProfileId(), c.newFigures()))))
                .toList();
    }

    private RuleProfileView write(RuleProfileSetting setting, RuleProfile before, RuleProfile after,
                                  RuleProfileChange.Action action) {
        if (after.equals(before)) {
            return view(after, setting.changedAt(), setting.changedBy()); // nothing to change, nothing to record
        }
        String actor = security.getCallerPrincipal().getName();
        String oldFigures = setting.figures();
        String newFigures = RuleProfileCodec.text(after);
        setting.change(after.id(), newFigures, clock.instant(), actor);
        em.persist(new RuleProfileChange(clock.instant(), actor, action, before.id(), oldFigures, after.id(), newFigures));
        em.flush();
        audit.record("RULE_PROFILE_CHANGED", "RULE_PROFILE", after.id(), null, AuditTrail.SUCCESS);
        changed.fire(new RuleProfileChanged(after.id()));
        return view(after, setting.changedAt(), setting.changedBy());
    }

    /** The setting row, locked against a concurrent change; created from the configuration if the start did not. */
    private RuleProfileSetting locked() {
        RuleProfileSetting setting = em.find(RuleProfileSetting.class, RuleProfileSetting.DEPLOYMENT,
                LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            RuleProfile configured = rules.configured();
            setting = new RuleProfileSetting(configured.id(), RuleProfileCodec.text(configured), clock.instant(),
                    RuleProfileBootstrap.SYSTEM);
            em.persist(setting);
            em.flush();
        }
        return setting;
    }

    private static RuleProfileView view(RuleProfile profile, java.time.Instant changedAt, String changedBy) {
        boolean shipped = RuleProfiles.shipped(profile.id()).map(profile::equals).orElse(false);
        return new RuleProfileView(RuleProfileCodec.settings(profile), shipped, changedAt, changedBy,
                RuleProfiles.SHIPPED.stream().map(RuleProfile::id).toList());
    }
}
