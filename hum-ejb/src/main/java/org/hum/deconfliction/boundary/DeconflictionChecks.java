package org.hum.deconfliction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Label;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.deconfliction.DeconflictionAnswer;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.deconfliction.ReferralView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.deconfliction.control.BlindIndex;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.deconfliction.control.BlindIndexes;
import org.hum.deconfliction.control.Identifiers;
import org.hum.deconfliction.control.MatchConfirmer;
import org.hum.deconfliction.control.Referrals;
import org.hum.deconfliction.entity.Referral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.deconfliction.CheckView;
import org.hum.api.deconfliction.ReferralRelease;
import org.hum.api.error.LimitReached;
import org.hum.api.error.RuleViolation;
import org.hum.audit.control.AuditLog;
import org.hum.config.control.OwnTransaction;
import org.hum.deconfliction.control.CheckLimits;
import org.hum.deconfliction.control.CheckStart;
import org.hum.deconfliction.entity.CheckRefusal;
import org.hum.prospect.control.Prospects;
import org.hum.prospect.entity.Prospect;
import org.hum.rules.control.Rules;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hum.audit.control.AuditTrail;

/**
 * Deconfliction checks and the controllers' referral work list (docs/domain.md, "Deconfliction
 * checks"). A check states its purpose and rests on an open prospect the officer recorded or met;
 * it is matched across all compartments and files, and it answers the same whether or not
 * anything matched: it is referred to the controllers (of the prospect's compartment, of the
 * officer's unit and of any matched file), who release what the officer is told. A person makes
 * at most the rule profile's {@code deconflictionChecksPerDay} checks a UTC day.
 */
@Stateless
public class DeconflictionChecks {
    /** The rule that nobody releases the referral of their own check or registration. */
    public static final String OWN_REFERRAL = "deconfliction.own-referral";

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    BlindIndexes indexes;

    @Inject
    MatchConfirmer confirmer;

    @Inject
    Referrals referrals;

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog auditLog;

    @Inject
    OwnTransaction ownTransaction;

    @Inject
    Prospects prospects;

    @Inject
    CheckStart start;

    @Inject
    Rules rules;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public DeconflictionAnswer check(@NotNull @Valid DeconflictionCheck check) {
        Identifiers person = identifiers(check);
        Instant now = clock.instant();
        // the asker's row locked before anything is read, the caller's account included (CheckStart: the daily limit),
        // then what the check needs in one statement
        String unit = start.lockAsker(principal == null ? null : principal.getName());
        Viewer viewer = viewers.of(principal); // a missing or disabled account is refused here
        if (unit == null) {
            throw new HumException(ErrorCode.UNAUTHENTICATED, "Your account is not active. Log in again.");
        }
        CheckStart.Today today = start.today(viewer.userId(), CheckLimits.startOfDay(now), Prospects.canonical(check.prospectId()));
        CheckStart.ProspectRow prospect = ownOpenProspect(viewer, check.prospectId(), today.prospect());
        int perDay = rules.current(today.profile()).deconflictionChecksPerDay();
        if (!CheckLimits.allows(today.checks(), perDay)) {
            // refused in a transaction of its own: this one rolls back with the refusal
            ownTransaction.run(() -> em.persist(new CheckRefusal(UUID.randomUUID().toString(), viewer.userId(), now)));
            auditLog.refused("DECONFLICTION_LIMIT_REACHED", "USER", viewer.userId(), null);
            throw new LimitReached("You have made the " + perDay + " deconfliction checks allowed in a day (UTC). "
                    + "Try again after midnight UTC, or ask your controller, who sees your checks.",
                    CheckLimits.secondsToNextDay(now));
        }
        Map<String, Set<Field>> matches = confirmer.confirm(indexes.candidates(person), person);
        String checkId = referrals.check(viewer, unit, check.purpose(), prospect.id(), prospect.compartment(), matches);
        // the check and each file it matched, audited in one statement (docs/performance.md, "Deconfliction at 1,000,000 index rows")
        List<AuditTrail.Entry> entries = new ArrayList<>();
        entries.add(new AuditTrail.Entry("DECONFLICTION_CHECKED", "REFERRAL", checkId, null, AuditTrail.SUCCESS));
        for (String matched : matches.keySet()) {
            entries.add(new AuditTrail.Entry("DECONFLICTION_MATCHED", "SOURCE", matched, null, AuditTrail.SUCCESS));
        }
        audit.recordAll(entries);
        return new DeconflictionAnswer(checkId, DeconflictionAnswer.REFERRED);
    }

    /** One of the caller's own checks, with what a controller released, if anything yet. */
    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public CheckView check(String checkId) {
        Viewer viewer = viewers.of(principal);
        Referral r = referrals.ownCheck(viewer, checkId).orElseThrow(() -> {
            auditLog.refusedUnseen("DECONFLICTION_CHECK_READ", "REFERRAL", checkId);
            return HumException.notFound("deconfliction check");
        });
        audit.record("DECONFLICTION_CHECK_READ", "REFERRAL", r.id(), null, AuditTrail.SUCCESS);
        return view(r);
    }

    /** The caller's own checks, newest first. */
    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public List<CheckView> checks() {
        Viewer viewer = viewers.of(principal);
        audit.record("DECONFLICTION_CHECKS_READ", "REFERRAL", null, null, AuditTrail.SUCCESS);
        return referrals.ownChecks(viewer).stream().map(DeconflictionChecks::view).toList();
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public List<ReferralView> referrals() {
        audit.record("REFERRALS_READ", "REFERRAL", null, null, AuditTrail.SUCCESS);
        return referrals.workList(viewers.of(principal));
    }

    /**
     * A notified controller releases what the officer who checked is told; once only. A referral
     * the controller was not notified of reads as a missing one; the person who asked never
     * releases their own (docs/domain.md, "Deconfliction (step 2)").
     */
    @RolesAllowed(Role.CONTROLLER_NAME)
    public ReferralView release(String referralId, @NotNull @Valid ReferralRelease release) {
        Viewer viewer = viewers.of(principal);
        if (referrals.ownReferral(viewer, referralId)) {
            auditLog.refused("REFERRAL_RELEASED", "REFERRAL", referralId, null);
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, OWN_REFERRAL, "You asked for this check or registration "
                    + "yourself, so you cannot release what it found.",
                    "another controller of the file releases it; it waits in their referrals.");
        }
        Referral r = referrals.notifiedForUpdate(viewer, referralId).orElseThrow(() -> {
            auditLog.refusedUnseen("REFERRAL_RELEASED", "REFERRAL", referralId);
            return HumException.notFound("deconfliction referral");
        });
        if (r.released()) {
            throw new HumException(ErrorCode.CONFLICT, "This referral was already released (" + r.outcome()
                    + "); the officer has been told.");
        }
        String note = release.note() == null || release.note().isBlank() ? null : release.note().strip();
        r.release(Referral.Outcome.valueOf(release.outcome()), note, viewer.userId(), clock.instant());
        audit.record("REFERRAL_RELEASED", "REFERRAL", r.id(), null, AuditTrail.SUCCESS);
        return referrals.workList(viewer).stream().filter(v -> v.id().equals(r.id())).findFirst()
                .orElseThrow(() -> HumException.notFound("deconfliction referral"));
    }

    private static CheckView view(Referral r) {
        return new CheckView(r.id(), r.createdAt(), r.purpose(), r.prospectId(),
                r.released() ? CheckView.RELEASED : CheckView.AWAITING, r.outcome(), r.outcomeNote(), r.releasedAt());
    }

    /**
     * The open prospect the check rests on: one the caller may see and recorded or met. Any other
     * reads as a missing one; the caller's own closed prospect is a conflict they can act on.
     * {@code row} is the prospect as {@link CheckStart} read it (null for no such prospect).
     */
    private CheckStart.ProspectRow ownOpenProspect(Viewer viewer, String prospectId, CheckStart.ProspectRow row) {
        boolean visible = row != null && viewer.compartments().contains(row.compartment())
                && row.classificationLevel() <= viewer.clearanceLevel() && !Prospect.DESTROYED.equals(row.status())
                && AccessRule.dominates(viewer, Label.of(row.classificationLevel(), row.compartment()));
        if (!visible || !(viewer.userId().equals(row.createdBy()) || row.metByAsker())) {
            auditLog.refusedUnseen("DECONFLICTION_CHECKED", "PROSPECT", prospectId);
            throw HumException.notFound("prospect of yours");
        }
        if (!Prospect.OPEN.equals(row.status())) {
            // the rare refusal reads the prospect whole, for the reason it was closed
            throw prospects.find(viewer, row.id()).map(Prospects::notOpen)
                    .orElseGet(() -> HumException.notFound("prospect of yours"));
        }
        return row;
    }

    /** The identifiers in their normal forms, or every reason they cannot be matched. */
    static Identifiers identifiers(DeconflictionCheck c) {
        List<FieldError> errors = new ArrayList<>();
        Map<Field, String> forms = new EnumMap<>(Field.class);
        boolean name = present(c.trueName());
        boolean phone = present(c.phoneNumber());
        boolean document = present(c.documentNumber());
        if (!name && c.dateOfBirth() == null && !phone && !document) {
            errors.add(new FieldError("body", "give at least one identifier: trueName with dateOfBirth, "
                    + "phoneNumber, or documentNumber"));
        }
        if (name && c.dateOfBirth() == null) {
            errors.add(new FieldError("dateOfBirth", "is required with trueName, as YYYY-MM-DD: a name alone "
                    + "matches too many people"));
        } else if (!name && c.dateOfBirth() != null) {
            errors.add(new FieldError("trueName", "is required with dateOfBirth"));
        } else if (name) {
            BlindIndex.nameAndBirthForm(c.trueName(), c.dateOfBirth()).ifPresentOrElse(v -> forms.put(Field.NAME_DOB, v),
                    () -> errors.add(new FieldError("trueName", "must contain letters or digits")));
        }
        if (phone) {
            BlindIndex.phoneForm(c.phoneNumber()).ifPresentOrElse(v -> forms.put(Field.PHONE, v),
                    () -> errors.add(new FieldError("phoneNumber", c.phoneNumber().strip().startsWith("+")
                            ? "must be an international number: + and the country code, then 7 to 15 digits in all "
                            + "(spaces, dots, hyphens and brackets are ignored)"
                            : "must start with + and the country code (E.164, for example +1 202 555 0100): "
                            + "without its country code a number cannot be matched across units")));
        }
        if (document) {
            BlindIndex.documentForm(c.documentCountry(), c.documentNumber()).ifPresentOrElse(v -> forms.put(Field.DOCUMENT, v),
                    () -> errors.add(new FieldError("documentNumber", "must contain letters or digits")));
        } else if (present(c.documentCountry())) {
            errors.add(new FieldError("documentNumber", "is required with documentCountry"));
        }
        if (!errors.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Fix these fields and send again: " + errors.stream()
                    .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("") + ".", errors);
        }
        return new Identifiers(forms);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
