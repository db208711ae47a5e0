package org.hum.tasking.control;

import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;
import org.hum.api.tasking.RequirementStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of issuing a tasking that depend on the tasking itself, its requirement and the
 * authorisations (the source's standing is {@code SourcePolicy}'s): pure functions that throw
 * the refusal, each naming its rule and what would satisfy it.
 */
public final class TaskingRules {
    public static final String WITHIN_AUTHORISATION = "tasking.within-authorisation";
    public static final String OIA = "tasking.oia-authorisation";
    public static final String DUE_DATE = "tasking.due-date";
    public static final String REQUIREMENT_OPEN = "tasking.requirement-open";
    public static final String REQUIREMENT_COMPARTMENT = "tasking.requirement-compartment";

    private TaskingRules() {
    }

    /** The due day is today or later (by the rule clock). */
    public static void dueNotPast(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, DUE_DATE,
                    "The due day " + dueOn + " has passed (today is " + today + ").",
                    "choose a due day of " + today + " or later.");
        }
    }

    public static void requirementOpen(RequirementStatus status, String reference) {
        if (status != RequirementStatus.OPEN) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, REQUIREMENT_OPEN,
                    "The intelligence requirement " + reference + " is " + status + "; no tasking answers it any more.",
                    "task the source against an open requirement.");
        }
    }

    /** The requirement is of the source file's compartment: whoever sees the tasking may see what it answers. */
    public static void sameCompartment(String requirementCompartment, String sourceCompartment, String reference) {
        if (!requirementCompartment.equals(sourceCompartment)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, REQUIREMENT_COMPARTMENT,
                    "The intelligence requirement " + reference + " belongs to compartment " + requirementCompartment
                            + "; this source file to " + sourceCompartment + ".",
                    "choose a requirement of compartment " + sourceCompartment + ".");
        }
    }

    /** What the tasking asks for beyond what the authorisation in force covers (empty: within it). */
    public static Set<AuthorisedActivity> beyond(Set<AuthorisedActivity> tasked, Optional<Set<AuthorisedActivity>> covered) {
        EnumSet<AuthorisedActivity> missing = tasked.isEmpty() ? EnumSet.noneOf(AuthorisedActivity.class) : EnumSet.copyOf(tasked);
        covered.ifPresent(missing::removeAll);
        return missing;
    }

    /**
     * Every activity of the tasking is covered by the authorisation in force; otherwise 409,
     * and the remedy is to amend that authorisation first.
     */
    public static void withinAuthorisation(Set<AuthorisedActivity> tasked, Optional<String> authorisationId,
                                           Optional<Set<AuthorisedActivity>> covered) {
        Set<AuthorisedActivity> missing = beyond(tasked, covered);
        if (missing.isEmpty()) {
            return;
        }
        if (authorisationId.isEmpty() || covered.isEmpty()) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, WITHIN_AUTHORISATION,
                    "No authorisation of this source is in force; a tasking may ask for nothing.",
                    "have an authorisation granted that covers " + missing + ", then issue the tasking.");
        }
        throw new RuleViolation(ErrorCode.RULE_VIOLATION, WITHIN_AUTHORISATION,
                "The tasking asks for " + missing + ", which the authorisation in force (" + authorisationId.get()
                        + ") does not cover; it covers " + EnumSet.copyOf(covered.get()) + ".",
                "amend the authorisation first: apply for an amendment adding " + missing + " (POST /api/authorisations/"
                        + authorisationId.get() + "/amendments), have an authorising officer who did not apply grant it, "
                        + "then issue the tasking.");
    }

    /** OTHERWISE_ILLEGAL_ACTIVITY also needs an OIA authorisation, acknowledged, in force today and on the due day. */
    public static void oiaIfIllegal(Set<AuthorisedActivity> tasked, boolean oiaCoversDueDay, LocalDate dueOn) {
        if (tasked.contains(AuthorisedActivity.OTHERWISE_ILLEGAL_ACTIVITY) && !oiaCoversDueDay) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, OIA,
                    "The tasking asks for otherwise-illegal activity; no OIA authorisation of this source, acknowledged "
                            + "by it, is in force today and until the due day " + dueOn + ".",
                    "have an OIA authorisation granted and acknowledged that runs to " + dueOn
                            + " or later, or bring the due day within the one in force.");
        }
    }

    /**
     * The compliance view's test: an open tasking is outside an authorisation when none is in
     * force now, when it was issued while none was, or when the one in force does not cover
     * every activity it asks for.
     */
    public static boolean outsideAuthorisation(Set<AuthorisedActivity> tasked, String issuedUnder,
                                               Optional<Set<AuthorisedActivity>> coveredNow) {
        return coveredNow.isEmpty() || issuedUnder == null || !coveredNow.get().containsAll(tasked);
    }
}
