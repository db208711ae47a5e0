package org.hum.standing.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.source.SourceStatus;
import org.hum.api.standing.Deactivation;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.SourceStanding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

/**
 * The rules of deactivation and reactivation (docs/domain.md, "Lifecycle" 8, "Who uses it"), as
 * pure functions of the recorded facts, so that each is tested alone:
 * <ul>
 *   <li>deactivation is immediate, with a reason; the source told, or the delay documented;</li>
 *   <li>a deactivated source may later be closed for cause (the cause may come to light later);
 *       deactivating it again, or closing again a source closed for cause, is refused;</li>
 *   <li>a deactivated source is reactivated at once by those who may deactivate it; a source closed
 *       for cause only on a request approved by a senior approver who is not the requester
 *       (a person never approves their own request);</li>
 *   <li>contact with a source closed for cause needs a senior approval, in force for the profile's
 *       authorisation review interval and never beyond the closure it answers.</li>
 * </ul>
 */
public final class StandingRules {
    /** A reactivation after a closure for cause, or contact with such a source, is approved by a senior approver. */
    public static final String SENIOR = "standing.senior-approver";
    /** The approver of a reactivation is never its requester. */
    public static final String NOT_REQUESTER = "standing.approver-not-requester";

    private StandingRules() {
    }

    /** The last recorded change: its id, status and moment. */
    public record Latest(String id, SourceStatus status, Instant at) {
    }

    /** An approval of contact: the closure it answers and when it ends. */
    public record Approval(String closureId, Instant validUntil) {
    }

    /** The source's standing now: ACTIVE since registration when nothing was recorded. */
    public static SourceStanding.Standing standing(Instant registeredAt, Optional<Latest> latest,
                                                   Collection<Approval> approvals, Instant now) {
        if (latest.isEmpty()) {
            return new SourceStanding.Standing(SourceStatus.ACTIVE, registeredAt, false);
        }
        Latest l = latest.get();
        return new SourceStanding.Standing(l.status(), l.at(), contactApprovedUntil(latest, approvals, now).isPresent());
    }

    /** The end of the senior approval of contact in force now, if the source is closed for cause and one is. */
    public static Optional<Instant> contactApprovedUntil(Optional<Latest> latest, Collection<Approval> approvals, Instant now) {
        if (latest.isEmpty() || latest.get().status() != SourceStatus.CLOSED_FOR_CAUSE) {
            return Optional.empty();
        }
        String closure = latest.get().id();
        return approvals.stream()
                .filter(a -> a.closureId().equals(closure) && now.isBefore(a.validUntil()))
                .map(Approval::validUntil)
                .max(Instant::compareTo);
    }

    /** The delay must be documented when the source was not told. */
    public static void requireComplete(Deactivation d) {
        if (Boolean.FALSE.equals(d.sourceTold()) && (d.delayReason() == null || d.delayReason().isBlank())) {
            throw HumException.invalid("delayReason",
                    "is required when the source has not been told: document why telling them is delayed");
        }
    }

    /** The status a deactivation leads to from {@code current}; refused when it cannot apply. */
    public static SourceStatus deactivation(SourceStatus current, Instant since, boolean forCause) {
        return switch (current) {
            case ACTIVE -> forCause ? SourceStatus.CLOSED_FOR_CAUSE : SourceStatus.DEACTIVATED;
            case DEACTIVATED -> {
                if (!forCause) {
                    throw new HumException(ErrorCode.CONFLICT, "The source is already deactivated (since " + since
                            + "). To close it for cause, deactivate it again with forCause true.");
                }
                yield SourceStatus.CLOSED_FOR_CAUSE;
            }
            case CLOSED_FOR_CAUSE -> throw new HumException(ErrorCode.CONFLICT,
                    "The source is already closed for cause (since " + since + ").");
        };
    }

    public enum Reactivation {
        /** Deactivated, not for cause: active again at once. */
        IMMEDIATE,
        /** Closed for cause: recorded as a request that a senior approver must approve. */
        REQUEST_SENIOR_APPROVAL
    }

    /** How a reactivation asked for now proceeds; refused when the source is active or a request is pending. */
    public static Reactivation reactivation(SourceStatus current, boolean requestPending) {
        return switch (current) {
            case ACTIVE -> throw new HumException(ErrorCode.CONFLICT,
                    "The source is not deactivated: it is active, so there is nothing to reactivate.");
            case DEACTIVATED -> Reactivation.IMMEDIATE;
            case CLOSED_FOR_CAUSE -> {
                if (requestPending) {
                    throw new HumException(ErrorCode.CONFLICT, "A request to reactivate this source is already "
                            + "awaiting a senior approver's approval.");
                }
                yield Reactivation.REQUEST_SENIOR_APPROVAL;
            }
        };
    }

    /**
     * A senior approval of a reactivation after a closure for cause: the source is closed for
     * cause, a request is pending, the approver is senior, and not the one who requested it.
     */
    public static void requireReactivationApproval(SourceStatus current, Optional<String> requesterId, boolean senior,
                                                   String seniorRequirement, String approverId) {
        requireSenior(senior, seniorRequirement, "approve the reactivation of a source closed for cause");
        if (current != SourceStatus.CLOSED_FOR_CAUSE) {
            throw new HumException(ErrorCode.CONFLICT, current == SourceStatus.ACTIVE
                    ? "The source is not deactivated: there is no reactivation to approve."
                    : "The source was deactivated, not closed for cause: it is reactivated without senior approval.");
        }
        if (requesterId.isEmpty()) {
            throw new HumException(ErrorCode.CONFLICT, "No reactivation of this source has been requested: the "
                    + "handler, a controller or an authorising officer requests it first (POST .../reactivation).");
        }
        if (requesterId.get().equals(approverId)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, NOT_REQUESTER, "You requested this reactivation; a person "
                    + "never approves their own request.", "Another senior approver (" + seniorRequirement + ") approves it.");
        }
    }

    /** A senior approval of contact: the source is closed for cause and the approver senior. */
    public static void requireContactApproval(SourceStatus current, boolean senior, String seniorRequirement) {
        requireSenior(senior, seniorRequirement, "approve contact with a source closed for cause");
        if (current != SourceStatus.CLOSED_FOR_CAUSE) {
            throw new HumException(ErrorCode.CONFLICT, "Contact needs a senior approval only when the source is closed "
                    + "for cause; this one is " + (current == SourceStatus.ACTIVE ? "active." : "deactivated, not for cause."));
        }
    }

    /** When an approval of contact given now ends: after the profile's authorisation review interval. */
    public static Instant contactApprovalEnd(Instant now, RuleProfile profile) {
        return now.atZone(ZoneOffset.UTC).plus(profile.reviewInterval()).toInstant();
    }

    /** Who may deactivate, reactivate or request a reactivation: the handler, a controller or an authorising officer. */
    public static boolean mayAct(boolean handler, boolean controller, boolean authorisingOfficer) {
        return handler || controller || authorisingOfficer;
    }

    public static HumException notAllowedToAct() {
        return new HumException(ErrorCode.FORBIDDEN, "Only the source's handler, a controller or an authorising officer "
                + "may deactivate or reactivate a source.");
    }

    private static void requireSenior(boolean senior, String requirement, String what) {
        if (!senior) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, SENIOR, "Only a senior approver may " + what + ": that needs "
                    + requirement + ".", "Ask a senior approver (" + requirement + ") to do it.");
        }
    }
}
