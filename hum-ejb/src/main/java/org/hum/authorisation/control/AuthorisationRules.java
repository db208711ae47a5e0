package org.hum.authorisation.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.rules.control.RuleProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of authorisations that depend on the request and the people, not on the source's
 * standing (that is {@code SourcePolicy}'s): pure functions that throw the refusal, each
 * naming its rule and what would satisfy it.
 */
public final class AuthorisationRules {
    public static final String NOT_OWN = "authorisation.not-own-application";
    public static final String SENIOR = "authorisation.senior-approver";
    public static final String RISKS = "authorisation.risks-explained";
    public static final String ONE_IN_FORCE = "authorisation.one-in-force";
    public static final String RENEWAL_REVIEW = "authorisation.renewal-needs-review";
    public static final String RENEW_EXPIRED = "authorisation.renewal-in-force";
    public static final String URGENT_ORAL_RENEWAL = "authorisation.urgent-oral-renewal";
    public static final String OIA_PROSPECTIVE = "oia.prospective";
    public static final String OIA_MAX_DAYS = "oia.max-duration";
    public static final String WITNESS = "witness.another-person";
    public static final String ACKNOWLEDGED = "source.acknowledged";

    private AuthorisationRules() {
    }

    /** docs/domain.md, "Who uses it": a person never approves their own request. */
    public static void notOwn(String applicantId, String deciderId, String verb) {
        if (applicantId.equals(deciderId)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, NOT_OWN,
                    "You applied for this authorisation; you may not " + verb + " it yourself.",
                    "ask another authorising officer to " + verb + " it.");
        }
    }

    /** Special categories need a more senior approver (docs/domain.md, "The source file"). */
    public static void seniorIfSpecial(boolean special, boolean senior, String requirement) {
        if (special && !senior) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, SENIOR,
                    "The source is in a special category; its authorisation needs a senior approver.",
                    "ask " + requirement + ".");
        }
    }

    public static void risksExplained(Boolean confirmed) {
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, RISKS,
                    "An authorisation is granted only once the risks were explained to the source and understood.",
                    "explain the risks to the source, then confirm it (risksExplainedAndUnderstood: true).");
        }
    }

    public static void noneOtherInForce(Optional<Instant> otherInForceUntil) {
        otherInForceUntil.ifPresent(until -> {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, ONE_IN_FORCE,
                    "Another authorisation of this source is in force until " + until + "; one at a time.",
                    "renew or cancel the authorisation in force instead.");
        });
    }

    /** Renewal: in force now, not urgent oral, and a review recorded within the current term. */
    public static void renewable(boolean inForce, boolean urgentOral, boolean reviewedWithinTerm, Instant termStart) {
        if (!inForce) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, RENEW_EXPIRED,
                    "Only an authorisation in force can be renewed; this one is not (ended, cancelled or never granted).",
                    "apply for a new authorisation.");
        }
        if (urgentOral) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, URGENT_ORAL_RENEWAL,
                    "An urgent oral authorisation is not renewed.",
                    "apply for a standard (written) authorisation.");
        }
        if (!reviewedWithinTerm) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, RENEWAL_REVIEW,
                    "A renewal needs a review of the use made, the tasks given and the information obtained, recorded "
                            + "within the current term (since " + termStart + "); none was.",
                    "record a review of this authorisation first.");
        }
    }

    /** OIA: prospective (never retroactive) and at most the profile's oiaMaxDays, both days counted. */
    public static void oiaDays(LocalDate startsOn, LocalDate endsOn, LocalDate today, RuleProfile profile) {
        if (endsOn.isBefore(startsOn)) {
            throw HumException.invalid("endsOn", "must be on or after startsOn");
        }
        if (startsOn.isBefore(today)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, OIA_PROSPECTIVE,
                    "An otherwise-illegal-activity authorisation is prospective: it may not start before today ("
                            + today + "); retroactive approval is forbidden.",
                    "choose a start day of today or later.");
        }
        long days = AuthorisationClocks.oiaDays(startsOn, endsOn);
        if (days > profile.oiaMaxDays()) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, OIA_MAX_DAYS,
                    "An otherwise-illegal-activity authorisation lasts at most " + profile.oiaMaxDays()
                            + " days; this one would last " + days + " (both days counted).",
                    "end it on " + startsOn.plusDays(profile.oiaMaxDays() - 1L) + " or earlier.");
        }
    }

    /** The witness is another person than the one recording. */
    public static void witnessIsAnother(String recorderId, String witnessId) {
        if (recorderId.equals(witnessId)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, WITNESS,
                    "The witness must be another person than the one recording.",
                    "name another user as the witness.");
        }
    }

    public static void acknowledged(Boolean acknowledged) {
        if (!Boolean.TRUE.equals(acknowledged)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, ACKNOWLEDGED,
                    "The source's acknowledgment is what is recorded here; it was not confirmed.",
                    "have the source acknowledge before the witness, then confirm it (sourceAcknowledged: true).");
        }
    }
}
