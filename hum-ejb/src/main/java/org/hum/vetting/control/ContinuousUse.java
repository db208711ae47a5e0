package org.hum.vetting.control;

import org.hum.api.source.SourceStatus;
import org.hum.rules.control.SourceStanding.StatusChange;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Continuous use (docs/domain.md, "Lifecycle" 7), as a pure function of a source's status history.
 *
 * <ul>
 *   <li>A source is <em>in use</em> while ACTIVE; DEACTIVATED and CLOSED_FOR_CAUSE are not in use.
 *       Nothing counts before registration: every change is read as at least {@code registeredAt},
 *       and changes after {@code now} are ignored.</li>
 *   <li>A deactivation <em>breaks</em> continuous use only if it lasted at least {@code gap}
 *       (the rule profile's {@code continuousUseGap}): a reactivation strictly before
 *       {@code deactivatedAt + gap} continues the same run. Exactly {@code gap} breaks it.</li>
 *   <li>A run is measured from its first activation, across the short deactivations inside it.</li>
 *   <li>While a source is deactivated, the run in progress still stands until the deactivation
 *       has lasted {@code gap}: a reactivation before then would continue it.</li>
 * </ul>
 */
public final class ContinuousUse {
    private ContinuousUse() {
    }

    /** A stretch of use: from {@code start} until {@code end} (null: still active at {@code now}). */
    public record Stretch(Instant start, Instant end) {
        public boolean open() {
            return end == null;
        }
    }

    /** A run of continuous use: one or more stretches, each gap between them shorter than the profile's gap. */
    public record Run(Instant start, List<Stretch> stretches) {
        public Run {
            stretches = List.copyOf(stretches);
        }

        public Stretch last() {
            return stretches.get(stretches.size() - 1);
        }
    }

    /** The stretches of use, oldest first, as of {@code now}. */
    public static List<Stretch> stretches(Instant registeredAt, List<StatusChange> history, Instant now) {
        List<Stretch> out = new ArrayList<>();
        if (now.isBefore(registeredAt)) {
            return List.of(); // not yet registered: nothing to count
        }
        Instant activeSince = null;
        boolean seen = false;
        for (StatusChange change : history == null ? List.<StatusChange>of() : history) {
            if (change == null || change.at() == null || change.status() == null || change.at().isAfter(now)) {
                continue;
            }
            seen = true;
            Instant at = change.at().isBefore(registeredAt) ? registeredAt : change.at();
            if (change.status() == SourceStatus.ACTIVE) {
                if (activeSince == null) {
                    activeSince = at;
                }
            } else if (activeSince != null) {
                out.add(new Stretch(activeSince, at));
                activeSince = null;
            }
        }
        if (!seen) {
            activeSince = registeredAt; // no history recorded: active since registration
        }
        if (activeSince != null) {
            out.add(new Stretch(activeSince, null));
        }
        return List.copyOf(out);
    }

    /** The runs of continuous use: stretches joined across every deactivation shorter than {@code gap}. */
    public static List<Run> runs(List<Stretch> stretches, Period gap) {
        List<Run> runs = new ArrayList<>();
        List<Stretch> current = new ArrayList<>();
        for (Stretch s : stretches) {
            if (!current.isEmpty()) {
                Stretch previous = current.get(current.size() - 1);
                if (!continues(previous.end(), s.start(), gap)) {
                    runs.add(new Run(current.get(0).start(), current));
                    current = new ArrayList<>();
                }
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.get(0).start(), current));
        }
        return List.copyOf(runs);
    }

    /** Whether a reactivation at {@code reactivatedAt} continues the run a deactivation at {@code deactivatedAt} paused. */
    public static boolean continues(Instant deactivatedAt, Instant reactivatedAt, Period gap) {
        return reactivatedAt.isBefore(plus(deactivatedAt, gap));
    }

    /**
     * The run of continuous use in progress at {@code now}: the source is active, or was
     * deactivated less than {@code gap} ago. Empty when there is none.
     */
    public static Optional<Run> current(Instant registeredAt, List<StatusChange> history, Period gap, Instant now) {
        List<Run> runs = runs(stretches(registeredAt, history, now), gap);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        Run last = runs.get(runs.size() - 1);
        Stretch tail = last.last();
        if (tail.open() || continues(tail.end(), now, gap)) {
            return Optional.of(last);
        }
        return Optional.empty();
    }

    /** When the continuous use in progress at {@code now} began; empty when the source is not in continuous use. */
    public static Optional<Instant> since(Instant registeredAt, List<StatusChange> history, Period gap, Instant now) {
        return current(registeredAt, history, gap, now).map(Run::start);
    }

    static Instant plus(Instant at, Period period) {
        return at.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }
}
