package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourceStanding;
import org.hum.rules.control.ValidationStanding;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * What the validation feature tells the lifecycle policy ({@link ValidationStanding}), and
 * the whole assessment the feature's own pages and deadlines show: {@link VettingRules} over
 * the source's registration, its status history ({@link SourceStanding}) and its concluded
 * validations, with the figures of the deployment's rule profile.
 * The tenure-gaming window is the profile's {@code tenureGamingWindowDays}.
 */
@ApplicationScoped
public class VettingStanding implements ValidationStanding {
    @Inject
    SourceStore sources;

    @Inject
    SourceStanding standing;

    @Inject
    VettingRecords records;

    @Inject
    Rules rules;

    @Override
    public ValidationFacts of(String sourceId, Instant now) {
        // the policy asks by id for a file its caller has already resolved: a system read, nothing is shown
        Optional<Source> source = sources.unrestricted(sourceId);
        if (source.isEmpty()) {
            return new ValidationFacts(Optional.empty(), Optional.empty(), false);
        }
        VettingRules.Assessment a = assess(source.get(), now);
        return new ValidationFacts(a.initialConcludedAt(), a.nextValidationDue(), a.enhancedReviewOutstanding());
    }

    public VettingRules.Assessment assess(Source source, Instant now) {
        return assess(source, records.concluded(source.id()), now);
    }

    /** As {@link #assess(Source, Instant)}, with the file's concluded validations already read (for many files at once). */
    public VettingRules.Assessment assess(Source source, List<VettingRules.Concluded> concluded, Instant now) {
        return VettingRules.assess(source.registeredAt(), standing.history(source.id()), concluded, figures(), now);
    }

    public VettingRules.Figures figures() {
        RuleProfile p = rules.current();
        return new VettingRules.Figures(p.validationInterval(), p.enhancedReviewAfter(), p.continuousUseGap(),
                Period.ofDays(p.tenureGamingWindowDays()));
    }
}
