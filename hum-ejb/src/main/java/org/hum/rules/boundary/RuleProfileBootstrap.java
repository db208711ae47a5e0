package org.hum.rules.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.audit.control.AuditTrail;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.RuleProfileCodec;
import org.hum.rules.control.Rules;
import org.hum.rules.entity.RuleProfileChange;
import org.hum.rules.entity.RuleProfileSetting;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * At first start (after the migrations), stores the profile the configuration names as the
 * deployment's rule profile, with a history entry. Later starts leave the stored one alone:
 * from then on only an administrator changes it.
 */
@Singleton
@Startup
@DependsOn("Startup")
public class RuleProfileBootstrap {
    private static final Logger LOG = Logger.getLogger(RuleProfileBootstrap.class.getName());
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Rules rules;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void initialise() {
        RuleProfileSetting setting = em.find(RuleProfileSetting.class, RuleProfileSetting.DEPLOYMENT);
        if (setting != null) {
            LOG.info(() -> "Rule profile in force: " + setting.profileId());
            return;
        }
        RuleProfile configured = rules.configured();
        String figures = RuleProfileCodec.text(configured);
        em.persist(new RuleProfileSetting(configured.id(), figures, clock.instant(), SYSTEM));
        em.persist(new RuleProfileChange(clock.instant(), SYSTEM, RuleProfileChange.Action.INITIALISED, null, null,
                configured.id(), figures));
        em.flush();
        audit.recordAs(SYSTEM, List.of(), "RULE_PROFILE_INITIALISED", "RULE_PROFILE", configured.id(), null,
                AuditTrail.SUCCESS);
        LOG.info(() -> "Rule profile set at first start from hum.rules.profile: " + configured.id());
    }
}
