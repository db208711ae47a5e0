package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hum.api.source.AccessKind;
import org.hum.api.source.Motivation;
import org.hum.api.vetting.ConclusionView;
import org.hum.api.vetting.CriminalHistory;
import org.hum.api.vetting.DissentView;
import org.hum.api.vetting.SubjectStatus;
import org.hum.api.vetting.ValidationKind;
import org.hum.api.vetting.ValidationStandingView;
import org.hum.api.vetting.ValidationView;
import org.hum.config.control.RuleClock;
import org.hum.source.entity.Source;
import org.hum.vetting.entity.Validation;
import org.hum.vetting.entity.ValidationConclusion;
import org.hum.vetting.entity.ValidationDissent;
import org.hum.vetting.entity.ValidationOpen;

/** A validation and a file's validation standing as their reader sees them, texts decrypted for a caller already checked. */
@ApplicationScoped
public class ValidationViews {
    @Inject
    VettingRecords records;

    @Inject
    VettingStanding standing;

    @Inject
    @RuleClock
    Clock clock;

    public ValidationView view(Source source, Validation v, ValidationConclusion c, List<ValidationDissent> dissents,
                                VettingProtection.Keys keys) {
        ConclusionView conclusion = c == null ? null : new ConclusionView(c.suitable(),
                keys.decrypt(ValidationConclusion.ENTITY, ValidationConclusion.REASONS, v.id(), c.reasons()),
                records.username(c.concludedBy()), c.concludedAt());
        List<DissentView> ds = dissents.stream().map(d -> new DissentView(d.id(),
                keys.decrypt(ValidationDissent.ENTITY, ValidationDissent.REASONS, d.id(), d.reasons()),
                records.username(d.dissentBy()), d.recordedAt())).toList();
        return new ValidationView(v.id(), source.id(), ValidationKind.valueOf(v.kind()), v.recordedAt(),
                records.username(v.recordedBy()), CriminalHistory.valueOf(v.criminalHistory()),
                keys.decrypt(Validation.ENTITY, Validation.CRIMINAL_HISTORY_NOTES, v.id(), v.criminalHistoryNotes()),
                SubjectStatus.valueOf(v.subjectStatus()), motivations(v.motivations()), AccessKind.valueOf(v.accessKind()),
                keys.decrypt(Validation.ENTITY, Validation.ACCESS_DETAILS, v.id(), v.accessDetails()),
                keys.decrypt(Validation.ENTITY, Validation.PROOF_OF_EXISTENCE, v.id(), v.proofOfExistence()),
                conclusion, ds);
    }

    public ValidationStandingView standing(Source source) {
        Instant now = clock.instant();
        VettingRules.Assessment a = standing.assess(source, now);
        return new ValidationStandingView(source.id(), source.codeName(), a.initialConcludedAt().orElse(null),
                a.lastConcludedAt().orElse(null), a.nextValidationDue().orElse(null), a.validationOverdue(),
                a.continuousUseSince().orElse(null), a.enhancedReviewDueOn().orElse(null),
                a.enhancedReviewOutstanding(), a.nextKind(),
                records.open(source.id()).map(ValidationOpen::validationId).orElse(null), a.tenureFlags());
    }

    private static Set<Motivation> motivations(String stored) {
        EnumSet<Motivation> out = EnumSet.noneOf(Motivation.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Motivation::valueOf).forEach(out::add);
        return out;
    }
}
