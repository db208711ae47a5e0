package org.hum.tasking.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;
import org.hum.api.tasking.TaskingStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.hum.api.tasking.TaskingStatus.ACKNOWLEDGED;
import static org.hum.api.tasking.TaskingStatus.CANCELLED;
import static org.hum.api.tasking.TaskingStatus.DRAFT;
import static org.hum.api.tasking.TaskingStatus.EXPIRED;
import static org.hum.api.tasking.TaskingStatus.FULFILLED;
import static org.hum.api.tasking.TaskingStatus.IN_PROGRESS;
import static org.hum.api.tasking.TaskingStatus.ISSUED;

/**
 * The states of a tasking and the only ways between them (docs/domain.md, "Tasking"):
 * DRAFT -issue-> ISSUED -acknowledgement-> ACKNOWLEDGED -start-> IN_PROGRESS -fulfilment-> FULFILLED;
 * fulfilment also straight from ACKNOWLEDGED; cancellation from DRAFT or any open state;
 * expiry (the system's) of an open tasking once its due day has passed. FULFILLED, CANCELLED
 * and EXPIRED are final. Anything else is refused with 409 {@value #RULE}.
 */
public final class TaskingTransitions {
    public static final String RULE = "tasking.state";

    /** A step, named as the REST path that takes it. */
    public enum Step {
        ISSUE("issue", "issued", ISSUED, EnumSet.of(DRAFT)),
        ACKNOWLEDGEMENT("acknowledgement", "acknowledged", ACKNOWLEDGED, EnumSet.of(ISSUED)),
        START("start", "started", IN_PROGRESS, EnumSet.of(ACKNOWLEDGED)),
        FULFILMENT("fulfilment", "fulfilled", FULFILLED, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS)),
        CANCELLATION("cancellation", "cancelled", CANCELLED, EnumSet.of(DRAFT, ISSUED, ACKNOWLEDGED, IN_PROGRESS)),
        EXPIRY("expiry", "expired", EXPIRED, EnumSet.of(ISSUED, ACKNOWLEDGED, IN_PROGRESS));

        private final String path;
        private final String verb;
        private final TaskingStatus to;
        private final Set<TaskingStatus> from;

        Step(String path, String verb, TaskingStatus to, Set<TaskingStatus> from) {
            this.path = path;
            this.verb = verb;
            this.to = to;
            this.from = from;
        }

        public String path() { return path; }
        public TaskingStatus to() { return to; }
        public Set<TaskingStatus> from() { return from; }
    }

    private TaskingTransitions() {
    }

    /** The state after {@code step}, or the refusal naming what the tasking is and what it can still become. */
    public static TaskingStatus next(TaskingStatus current, Step step) {
        if (step.from.contains(current)) {
            return step.to;
        }
        List<String> possible = possible(current);
        String remedy = possible.isEmpty()
                ? "nothing changes a " + current + " tasking any more; issue a new tasking if the source is to do more."
                : "from " + current + " it can only be: " + String.join(", ", possible) + ".";
        throw new RuleViolation(ErrorCode.RULE_VIOLATION, RULE,
                "This tasking is " + current + "; only a tasking that is " + names(step.from) + " can be " + step.verb + ".",
                remedy);
    }

    /** The steps a person may take from {@code current} (expiry is the system's), as their REST paths. */
    public static List<String> possible(TaskingStatus current) {
        List<String> out = new ArrayList<>();
        for (Step s : Step.values()) {
            if (s != Step.EXPIRY && s.from.contains(current)) {
                out.add(s.path);
            }
        }
        return out;
    }

    /** As of {@code today}: an open tasking whose due day has passed is EXPIRED, whether or not the job has run yet. */
    public static TaskingStatus effective(TaskingStatus stored, LocalDate dueOn, LocalDate today) {
        return expires(stored, dueOn, today) ? EXPIRED : stored;
    }

    /** Open and past its due day: the day after the due day, it expires. */
    public static boolean expires(TaskingStatus stored, LocalDate dueOn, LocalDate today) {
        return stored.open() && today.isAfter(dueOn);
    }

    public static Step byPath(String path) {
        for (Step s : Step.values()) {
            if (s != Step.EXPIRY && s.path.equals(path)) {
                return s;
            }
        }
        return null;
    }

    private static String names(Set<TaskingStatus> states) {
        List<String> n = states.stream().map(Enum::name).toList();
        return n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " or " + n.get(n.size() - 1);
    }
}
