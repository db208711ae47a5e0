package org.hum.rules.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.rules.GuardedAction;
import org.hum.api.source.SourceStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The hard stops of docs/domain.md ("Rule profiles", "Lifecycle" 8, "Otherwise illegal
 * activity"), as one pure function of the facts, the profile and the moment: every feature
 * asks it before it acts, so that no screen or client can skip a rule.
 */
public final class LifecycleRules {
    /** Actions that use the source: they need it active, validated, authorised and instructed. */
    private static final Set<GuardedAction> USE = EnumSet.of(GuardedAction.TASK, GuardedAction.PAY, GuardedAction.GRANT_OIA);

    private LifecycleRules() {
    }

    public static List<Refusal> evaluate(GuardedAction action, PolicyFacts facts, RuleProfile profile, Instant now,
                                         Circumstances circumstances) {
        List<Refusal> refusals = new ArrayList<>();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        SourceStatus status = facts.standing().status();

        if (status != SourceStatus.ACTIVE && (USE.contains(action) || action == GuardedAction.AUTHORISE)) {
            refusals.add(new Refusal("source.active", ErrorCode.RULE_VIOLATION,
                    "The source was " + (status == SourceStatus.CLOSED_FOR_CAUSE ? "closed for cause" : "deactivated")
                            + " on " + facts.standing().since() + "; a source that is not active may not be "
                            + verb(action) + ".",
                    status == SourceStatus.CLOSED_FOR_CAUSE
                            ? "reactivate the source, which needs a senior approval after a closure for cause."
                            : "reactivate the source first."));
        }
        if (action == GuardedAction.RECORD_CONTACT && status == SourceStatus.CLOSED_FOR_CAUSE
                && !facts.standing().seniorContactApproved()) {
            refusals.add(new Refusal("source.closed-for-cause-contact", ErrorCode.RULE_VIOLATION,
                    "The source was closed for cause; no contact with it may be recorded without senior approval.",
                    "obtain an authorising officer's approval of contact with this source."));
        }
        if (action == GuardedAction.RECORD_CONTACT && facts.categories().age().isPresent()
                && facts.categories().age().getAsInt() < profile.appropriateAdultAge()
                && !circumstances.appropriateAdultPresent()) {
            refusals.add(new Refusal("juvenile.appropriate-adult", ErrorCode.UNPROCESSABLE,
                    "The source is under " + profile.appropriateAdultAge()
                            + "; an appropriate adult attends every contact.",
                    "name the appropriate adult among those present at the contact."));
        }
        if (USE.contains(action) || action == GuardedAction.AUTHORISE) {
            if (facts.validation().initialConcludedAt().isEmpty()) {
                refusals.add(new Refusal("validation.initial", ErrorCode.RULE_VIOLATION,
                        "The source has no concluded initial validation finding it suitable; it may not be "
                                + verb(action) + ".",
                        "have a reviewer who is not the handler conclude the initial validation."));
            }
        }
        if (USE.contains(action)) {
            facts.validation().nextValidationDue().filter(today::isAfter).ifPresent(due ->
                    refusals.add(new Refusal("validation.periodic", ErrorCode.RULE_VIOLATION,
                            "The source's periodic validation fell due on " + due + " and has not been done.",
                            "complete the periodic validation.")));
            if (facts.validation().enhancedReviewOutstanding()) {
                refusals.add(new Refusal("validation.enhanced", ErrorCode.RULE_VIOLATION,
                        "The source has been in continuous use for more than " + profile.enhancedReviewAfter().getYears()
                                + " years and its enhanced review is outstanding.",
                        "complete the enhanced review."));
            }
            if (facts.authorisation().currentUntil().filter(now::isBefore).isEmpty()) {
                refusals.add(new Refusal("authorisation.current", ErrorCode.RULE_VIOLATION,
                        "The source has no authorisation in force; it may not be " + verb(action) + ".",
                        "have an authorising officer grant or renew an authorisation."));
            }
            if (facts.authorisation().instructionsCurrentUntil().filter(now::isBefore).isEmpty()) {
                refusals.add(new Refusal("instructions.acknowledged", ErrorCode.RULE_VIOLATION,
                        "The source has no instructions in force acknowledged before a witness (they are repeated every "
                                + profile.instructionsInterval().toTotalMonths() + " months).",
                        "give the instructions before a witness and record the source's acknowledgment."));
            }
        }
        return List.copyOf(refusals);
    }

    private static String verb(GuardedAction action) {
        return switch (action) {
            case TASK -> "tasked";
            case PAY -> "paid";
            case GRANT_OIA -> "given an otherwise-illegal-activity authorisation";
            case RECORD_CONTACT -> "contacted";
            case AUTHORISE -> "authorised";
        };
    }
}
