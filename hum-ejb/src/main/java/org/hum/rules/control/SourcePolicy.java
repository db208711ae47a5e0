package org.hum.rules.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hum.api.error.RuleViolation;
import org.hum.config.control.RuleClock;

/**
 * The one policy every feature asks before it acts on a source (docs/domain.md, "Rule profiles").
 * Gathers the facts from the features that own them, evaluates {@link LifecycleRules}
 * against the deployment's profile at the {@link RuleClock}'s moment, and refuses with a
 * {@link org.hum.api.error.RuleViolation} naming the first rule broken (the detail lists
 * every one). A refusal is audited in its own transaction, since the caller's rolls back.
 */
@ApplicationScoped
public class SourcePolicy {
    @Inject
    SourceStanding standing;

    @Inject
    ValidationStanding validation;

    @Inject
    AuthorisationStanding authorisation;

    @Inject
    SourceCategories categories;

    @Inject
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @EJB
    AuditLog auditLog;

    /** Every rule that forbids the action now; empty when it may go ahead. */
    public List<Refusal> refusals(GuardedAction action, String sourceId, Circumstances circumstances) {
        Instant now = clock.instant();
        return LifecycleRules.evaluate(action, facts(sourceId, now), rules.current(), now, circumstances);
    }

    /**
     * Returns when the action may go ahead; otherwise audits the refusal and throws the first
     * rule broken, its detail naming the others.
     */
    public void require(GuardedAction action, String sourceId, Circumstances circumstances, String auditLabel) {
        List<Refusal> refused = refusals(action, sourceId, circumstances);
        if (refused.isEmpty()) {
            return;
        }
        auditLog.refused("HARD_STOP_" + action.name(), "SOURCE", sourceId, auditLabel);
        Refusal first = refused.get(0);
        String others = refused.size() == 1 ? "" : "Other rules refuse it too: " + refused.subList(1, refused.size())
                .stream().map(r -> r.rule() + " (" + r.remedy().replaceAll("\\.$", "") + ")")
                .reduce((a, b) -> a + "; " + b).orElse("") + ".";
        throw new RuleViolation(first.code(), first.rule(), first.reason(), first.remedy(), others);
    }

    public PolicyFacts facts(String sourceId, Instant now) {
        return new PolicyFacts(standing.of(sourceId), validation.of(sourceId, now), authorisation.of(sourceId, now),
                categories.of(sourceId, now.atZone(ZoneOffset.UTC).toLocalDate()));
    }
}
