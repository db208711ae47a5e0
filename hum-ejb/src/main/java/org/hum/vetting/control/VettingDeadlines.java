package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.vetting.TenureFlag;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.config.control.RuleClock;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hum.api.source.SourceStatus;
import org.hum.rules.control.SourceStanding;

/**
 * The validation feature's due dates, for the due and overdue lists:
 * <ul>
 *   <li>{@code VALIDATION_DUE}: the next periodic validation, on its computed day;</li>
 *   <li>{@code ENHANCED_REVIEW_DUE}: the enhanced review of a long continuous use, on the day the
 *       threshold is reached, until an enhanced review is concluded;</li>
 *   <li>{@code TENURE_GAMING}: a deactivation shortly before a review threshold followed by a
 *       reactivation ({@link VettingRules}), due on the day of the reactivation: a flag for
 *       compliance that stays on the list (it is a finding, not something that can be done late).</li>
 * </ul>
 * Only sources with a concluded validation have running clocks; one with none cannot be used at
 * all (the policy refuses it), and its first validation is the handler's work, not a deadline.
 * Destroyed files have none. Each line carries its source's label.
 */
@ApplicationScoped
public class VettingDeadlines implements DeadlineSource {
    public static final String VALIDATION_DUE = "VALIDATION_DUE";
    public static final String ENHANCED_REVIEW_DUE = "ENHANCED_REVIEW_DUE";
    public static final String TENURE_GAMING = "TENURE_GAMING";

    @Inject
    VettingRecords records;

    @Inject
    VettingStanding standing;

    @Inject
    SourceStore sources;

    @Inject
    SourceStanding sourceStanding;

    @Inject
    @RuleClock
    Clock clock;

    @Override
    public boolean gives(String kind) {
        return VALIDATION_DUE.equals(kind) || ENHANCED_REVIEW_DUE.equals(kind) || TENURE_GAMING.equals(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        return deadlines(today, records.sourcesWithConcludedValidations());
    }

    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        return deadlines(today, records.sourcesWithConcludedValidations(sourceIds));
    }

    private List<Deadline> deadlines(LocalDate today, List<String> validated) {
        Instant now = clock.instant();
        if (!today.equals(now.atZone(ZoneOffset.UTC).toLocalDate())) {
            now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        List<Deadline> out = new ArrayList<>();
        var concluded = records.concluded(validated); // every file's validations at once, not a statement a file
        for (String sourceId : validated) {
            // system work over ids: the lines carry the label, and each list shows them only to those who may see it
            Source source = sources.unrestricted(sourceId).orElse(null);
            if (source == null || source.isDestroyed()) {
                continue;
            }
            boolean active = sourceStanding.of(sourceId).status() == SourceStatus.ACTIVE;
            out.addAll(of(source, standing.assess(source, concluded.getOrDefault(sourceId, List.of()), now), today, active));
        }
        return List.copyOf(out);
    }

    static List<Deadline> of(Source source, VettingRules.Assessment a, LocalDate today) {
        return of(source, a, today, true);
    }

    /** A source that is not active is not validated while it rests; its tenure-gaming flags stay. */
    static List<Deadline> of(Source source, VettingRules.Assessment a, LocalDate today, boolean active) {
        List<Deadline> out = new ArrayList<>();
        a.nextValidationDue().filter(due -> active).ifPresent(due -> out.add(new Deadline("SOURCE", source.id(), source.id(), VALIDATION_DUE,
                source.codeName() + ": periodic validation", due, source.label())));
        a.enhancedReviewDueOn().filter(due -> active && (a.enhancedReviewOutstanding() || today.isBefore(due))).ifPresent(due ->
                out.add(new Deadline("SOURCE", source.id(), source.id(), ENHANCED_REVIEW_DUE,
                        source.codeName() + ": enhanced review after long continuous use", due, source.label())));
        for (TenureFlag f : a.tenureFlags()) {
            out.add(new Deadline("SOURCE", source.id(), source.id(), TENURE_GAMING,
                    source.codeName() + ": deactivated on " + f.deactivatedOn() + ", within the window before the "
                            + (f.threshold().equals(VettingRules.ENHANCED_REVIEW) ? "enhanced review" : "periodic validation")
                            + " due on " + f.thresholdOn() + ", and reactivated on " + f.reactivatedOn(),
                    f.reactivatedOn(), source.label()));
        }
        return out;
    }
}
