package org.hum.vetting.control;

import org.hum.api.vetting.TenureFlag;
import org.hum.api.vetting.ValidationKind;
import org.hum.rules.control.SourceStanding.StatusChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The validation clock (docs/domain.md, "Lifecycle" 3 and 7) as one pure function of the source's
 * registration, status history and concluded validations, the rule profile's figures and the
 * moment. Days are UTC days.
 *
 * <p><b>Initial validation.</b> {@code initialConcludedAt} is the conclusion of the latest
 * INITIAL validation that found the source suitable, provided the latest concluded validation of
 * any kind did not find it unsuitable (a later "not suitable" withdraws it until a new initial
 * validation finds it suitable again).
 *
 * <p><b>Periodic validation.</b> Due on the day of the latest conclusion (any kind, any outcome)
 * plus {@code validationInterval}; overdue from the day after (the policy refuses when today is
 * after the due day).
 *
 * <p><b>Enhanced review.</b> Falls due on the first day of the continuous use in progress plus
 * {@code enhancedReviewAfter} ({@link ContinuousUse}); outstanding from that day on, until an
 * ENHANCED validation is concluded on or after it. Every validation opened from that day on is
 * ENHANCED.
 *
 * <p><b>Tenure gaming.</b> A deactivation on day D followed by a reactivation on day R (R not
 * after today) is flagged, on day R, when D falls on or after a review threshold minus the
 * window ({@code tenureWindow}, 90 days by default) and that review had not been done by D:
 * <ol>
 *   <li>the enhanced review of the run that D paused: threshold = first day of that run plus
 *       {@code enhancedReviewAfter}; done = an ENHANCED validation concluded on or after the
 *       threshold and no later than D;</li>
 *   <li>otherwise the periodic validation due at D: threshold = the day of the latest conclusion
 *       at or before D plus {@code validationInterval} (the conclusion resets the clock, so a
 *       periodic threshold is never "done" before D).</li>
 * </ol>
 * The flag is raised whether or not the deactivation was long enough to break continuous use:
 * a short one still counted, a long one dodged the review, and both are reported to compliance
 * (the window start is inclusive: D exactly 90 days before the threshold is flagged, 91 is not;
 * a deactivation while the review was already overdue is flagged too).
 */
public final class VettingRules {
    public static final String ENHANCED_REVIEW = "ENHANCED_REVIEW";
    public static final String PERIODIC_VALIDATION = "PERIODIC_VALIDATION";

    private VettingRules() {
    }

    /** A concluded validation, as the clock needs it. */
    public record Concluded(ValidationKind kind, boolean suitable, Instant concludedAt) {
    }

    /** The figures of the rule profile the clock reads, and the tenure-gaming window. */
    public record Figures(Period validationInterval, Period enhancedReviewAfter, Period continuousUseGap,
                          Period tenureWindow) {
    }

    /** What the clock says of one source now. */
    public record Assessment(Optional<Instant> initialConcludedAt,
                             Optional<Instant> lastConcludedAt,
                             Optional<LocalDate> nextValidationDue,
                             boolean validationOverdue,
                             Optional<Instant> continuousUseSince,
                             Optional<LocalDate> enhancedReviewDueOn,
                             boolean enhancedReviewOutstanding,
                             ValidationKind nextKind,
                             List<TenureFlag> tenureFlags) {
        public Assessment {
            tenureFlags = List.copyOf(tenureFlags);
        }
    }

    public static Assessment assess(Instant registeredAt, List<StatusChange> history, List<Concluded> validations,
                                    Figures figures, Instant now) {
        LocalDate today = day(now);
        List<Concluded> concluded = validations.stream()
                .filter(v -> !v.concludedAt().isAfter(now))
                .sorted(Comparator.comparing(Concluded::concludedAt))
                .toList();
        Optional<Concluded> last = concluded.isEmpty() ? Optional.empty() : Optional.of(concluded.get(concluded.size() - 1));

        Optional<Instant> initial = last.filter(Concluded::suitable).flatMap(l -> concluded.stream()
                .filter(v -> v.kind() == ValidationKind.INITIAL && v.suitable())
                .reduce((a, b) -> b)
                .map(Concluded::concludedAt));

        Optional<LocalDate> nextDue = last.map(l -> day(l.concludedAt()).plus(figures.validationInterval()));
        boolean overdue = nextDue.filter(today::isAfter).isPresent();

        Optional<Instant> since = ContinuousUse.since(registeredAt, history, figures.continuousUseGap(), now);
        Optional<LocalDate> enhancedDue = since.map(s -> day(s).plus(figures.enhancedReviewAfter()));
        boolean enhancedOutstanding = enhancedDue
                .filter(due -> !today.isBefore(due))
                .filter(due -> !enhancedDone(concluded, due, now))
                .isPresent();

        ValidationKind nextKind = initial.isEmpty() ? ValidationKind.INITIAL
                : enhancedDue.filter(due -> !today.isBefore(due)).isPresent() ? ValidationKind.ENHANCED
                : ValidationKind.PERIODIC;

        return new Assessment(initial, last.map(Concluded::concludedAt), nextDue, overdue, since, enhancedDue,
                enhancedOutstanding, nextKind, tenureFlags(registeredAt, history, concluded, figures, now));
    }

    /** Every tenure-gaming pattern in the history up to {@code now}, oldest first. */
    public static List<TenureFlag> tenureFlags(Instant registeredAt, List<StatusChange> history,
                                               List<Concluded> concluded, Figures figures, Instant now) {
        List<ContinuousUse.Stretch> stretches = ContinuousUse.stretches(registeredAt, history, now);
        List<TenureFlag> flags = new ArrayList<>();
        for (int i = 0; i + 1 < stretches.size(); i++) {
            Instant deactivatedAt = stretches.get(i).end();
            Instant reactivatedAt = stretches.get(i + 1).start();
            LocalDate deactivatedOn = day(deactivatedAt);
            List<ContinuousUse.Run> runsSoFar = ContinuousUse.runs(stretches.subList(0, i + 1), figures.continuousUseGap());
            LocalDate enhancedThreshold = day(runsSoFar.get(runsSoFar.size() - 1).start()).plus(figures.enhancedReviewAfter());
            if (!deactivatedOn.isBefore(enhancedThreshold.minus(figures.tenureWindow()))
                    && !enhancedDone(concluded, enhancedThreshold, deactivatedAt)) {
                flags.add(new TenureFlag(deactivatedOn, day(reactivatedAt), ENHANCED_REVIEW, enhancedThreshold));
                continue;
            }
            concluded.stream().filter(v -> !v.concludedAt().isAfter(deactivatedAt)).reduce((a, b) -> b)
                    .map(v -> day(v.concludedAt()).plus(figures.validationInterval()))
                    .filter(due -> !deactivatedOn.isBefore(due.minus(figures.tenureWindow())))
                    .ifPresent(due -> flags.add(new TenureFlag(deactivatedOn, day(reactivatedAt), PERIODIC_VALIDATION, due)));
        }
        return List.copyOf(flags);
    }

    private static boolean enhancedDone(List<Concluded> concluded, LocalDate threshold, Instant by) {
        return concluded.stream().anyMatch(v -> v.kind() == ValidationKind.ENHANCED
                && !day(v.concludedAt()).isBefore(threshold) && !v.concludedAt().isAfter(by));
    }

    public static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
