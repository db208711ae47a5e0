package org.hum.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.vetting.ConclusionRequest;
import org.hum.api.vetting.DissentRequest;
import org.hum.api.source.Motivation;
import org.hum.api.vetting.ValidationFindings;
import org.hum.api.vetting.ValidationKind;
import org.hum.api.vetting.ValidationView;
import org.hum.api.vetting.ValidationsView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.vetting.control.VettingProtection;
import org.hum.vetting.control.VettingRecords;
import org.hum.vetting.control.ValidationViews;
import org.hum.vetting.control.VettingStanding;
import org.hum.vetting.entity.Validation;
import org.hum.vetting.entity.ValidationConclusion;
import org.hum.vetting.entity.ValidationDissent;
import org.hum.vetting.entity.ValidationOpen;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hum.source.control.SourceFiles;

/**
 * Validation of source files (docs/domain.md, "Validation"; grading is {@link Grading}): the
 * transaction and security boundary. Every call resolves the source through the access-aware
 * {@link SourceStore} and re-checks it, so a file the caller may not see answers exactly as
 * one that does not exist; texts are decrypted only after that. Who may do what:
 * <ul>
 *   <li>record findings: the source's handler (a case officer holding the HANDLER grant, or the
 *       registering officer), or a controller;</li>
 *   <li>conclude, dissent: a controller or authorising officer who is <em>not</em> the handler
 *       (HANDLER grant or registering officer) and did not record the findings (rule
 *       {@code validation.independent-reviewer}); a dissent also comes from someone other than
 *       the one who concluded ({@code validation.dissent-by-another});</li>
 *   <li>read: those roles and compliance reviewers.</li>
 * </ul>
 * Times are the rule clock's, since the validation clock and the tests read it.
 */
@Stateless
public class Vetting {
    private static final String VALIDATION = "VALIDATION";
    private static final String SOURCE = "SOURCE";

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    VettingRecords records;

    @Inject
    VettingProtection protection;

    @Inject
    VettingStanding standing;

    @Inject
    Rules rules;

    @Inject
    HumConfig config;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Inject
    SourceFiles files;

    @Inject
    ValidationViews views;

    // ---------------------------------------------------------------- validations

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public ValidationView recordFindings(String sourceId, @NotNull @Valid ValidationFindings findings) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveForWrite(viewer, sourceId);
        if (!viewer.hasRole(Role.CONTROLLER_NAME) && !store.isHandler(viewer, source)) {
            refusals.refused("VALIDATION_REFUSED", SOURCE, source.id(), label(source));
            throw new HumException(ErrorCode.FORBIDDEN, "Only the source's handler or a controller records "
                    + "validation findings; you do not handle this source.");
        }
        Optional<ValidationOpen> open = records.open(source.id());
        if (open.isPresent()) {
            refusals.refused("VALIDATION_REFUSED", SOURCE, source.id(), label(source));
            throw new HumException(ErrorCode.CONFLICT, "Validation " + open.get().validationId() + " of this source "
                    + "awaits its conclusion; a new validation can follow once it is concluded.");
        }
        Instant now = clock.instant();
        ValidationKind kind = standing.assess(source, now).nextKind();
        String id = UUID.randomUUID().toString();
        Validation v = new Validation(id, source.id(), kind.name(), source.label(), findings.criminalHistory().name(),
                findings.subjectStatus().name(), motivations(findings.motivations()), findings.access().name(),
                viewer.userId(), now);
        VettingProtection.Keys keys = protection.keys(source);
        v.protectedTexts(
                keys.encrypt(Validation.ENTITY, Validation.CRIMINAL_HISTORY_NOTES, id, blankToNull(findings.criminalHistoryNotes())),
                keys.encrypt(Validation.ENTITY, Validation.ACCESS_DETAILS, id, findings.accessDetails().strip()),
                keys.encrypt(Validation.ENTITY, Validation.PROOF_OF_EXISTENCE, id, findings.proofOfExistence().strip()));
        records.add(v);
        try {
            records.add(new ValidationOpen(source.id(), id));
        } catch (PersistenceException raced) {
            throw new HumException(ErrorCode.CONFLICT, "Another validation of this source was opened at the same moment; "
                    + "reload the source's validations.");
        }
        audit.record("VALIDATION_RECORDED", VALIDATION, id, label(source), AuditTrail.SUCCESS);
        return views.view(source, v, null, List.of(), keys);
    }

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public ValidationView conclude(String sourceId, String validationId, @NotNull @Valid ConclusionRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveForWrite(viewer, sourceId);
        Validation v = validation(source, validationId);
        requireIndependent(viewer, source, v, "conclude");
        Optional<ValidationConclusion> existing = records.conclusion(v.id());
        if (existing.isPresent()) {
            refusals.refused("VALIDATION_CONCLUSION_REFUSED", VALIDATION, v.id(), label(source));
            throw new HumException(ErrorCode.CONFLICT, "This validation was concluded on "
                    + existing.get().concludedAt() + " by " + records.username(existing.get().concludedBy())
                    + "; a conclusion is final. Record a dissent beside it, or open a new validation.");
        }
        Instant now = clock.instant();
        VettingProtection.Keys keys = protection.keys(source);
        ValidationConclusion c = new ValidationConclusion(v.id(), request.suitable(),
                keys.encrypt(ValidationConclusion.ENTITY, ValidationConclusion.REASONS, v.id(), request.reasons().strip()),
                viewer.userId(), now);
        try {
            records.add(c);
        } catch (PersistenceException raced) {
            throw new HumException(ErrorCode.CONFLICT, "Another reviewer concluded this validation at the same moment; "
                    + "a conclusion is final. Reload it.");
        }
        // the register's sort by last validation reads it on the file's row (docs/performance.md, "At scale")
        store.mirrorLastValidation(source.id());
        records.open(source.id()).filter(o -> o.validationId().equals(v.id())).ifPresent(records::remove);
        audit.record("VALIDATION_CONCLUDED", VALIDATION, v.id(), label(source), AuditTrail.SUCCESS);
        return views.view(source, v, c, records.dissents(v.id()), keys);
    }

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public ValidationView dissent(String sourceId, String validationId, @NotNull @Valid DissentRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveForWrite(viewer, sourceId);
        Validation v = validation(source, validationId);
        requireIndependent(viewer, source, v, "dissent from the conclusion of");
        ValidationConclusion c = records.conclusion(v.id()).orElseThrow(() -> {
            refusals.refused("VALIDATION_DISSENT_REFUSED", VALIDATION, v.id(), label(source));
            return new HumException(ErrorCode.CONFLICT, "This validation has no conclusion yet to dissent from; "
                    + "conclude it, or wait for another reviewer's conclusion.");
        });
        if (c.concludedBy().equals(viewer.userId())) {
            refusals.refused("VALIDATION_DISSENT_REFUSED", VALIDATION, v.id(), label(source));
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "validation.dissent-by-another",
                    "You wrote this conclusion; a dissent is recorded by another reviewer beside it.",
                    "ask another controller or authorising officer who is not the handler to record the dissent.");
        }
        if (records.dissents(v.id()).stream().anyMatch(d -> d.dissentBy().equals(viewer.userId()))) {
            refusals.refused("VALIDATION_DISSENT_REFUSED", VALIDATION, v.id(), label(source));
            throw new HumException(ErrorCode.CONFLICT, "You already recorded a dissent beside this conclusion; "
                    + "dissents are kept as written and are not replaced.");
        }
        String id = UUID.randomUUID().toString();
        ValidationDissent d = new ValidationDissent(id, v.id(), viewer.userId(), clock.instant());
        VettingProtection.Keys keys = protection.keys(source);
        d.protectedReasons(keys.encrypt(ValidationDissent.ENTITY, ValidationDissent.REASONS, id, request.reasons().strip()));
        try {
            records.add(d);
        } catch (PersistenceException raced) {
            throw new HumException(ErrorCode.CONFLICT, "You already recorded a dissent beside this conclusion.");
        }
        audit.record("VALIDATION_DISSENT_RECORDED", VALIDATION, v.id(), label(source), AuditTrail.SUCCESS);
        return views.view(source, v, c, records.dissents(v.id()), keys);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public ValidationsView validations(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = resolve(viewer, sourceId);
        VettingProtection.Keys keys = protection.keys(source);
        Map<String, ValidationConclusion> conclusions = records.conclusions(source.id());
        List<ValidationView> all = records.validations(source.id()).stream()
                .map(v -> views.view(source, v, conclusions.get(v.id()), records.dissents(v.id()), keys))
                .toList();
        audit.record("VALIDATIONS_READ", SOURCE, source.id(), label(source), AuditTrail.SUCCESS);
        return new ValidationsView(views.standing(source), all);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public ValidationView validation(String sourceId, String validationId) {
        Viewer viewer = viewers.of(principal);
        Source source = resolve(viewer, sourceId);
        Validation v = validation(source, validationId);
        audit.record("VALIDATION_READ", VALIDATION, v.id(), label(source), AuditTrail.SUCCESS);
        return views.view(source, v, records.conclusion(v.id()).orElse(null), records.dissents(v.id()), protection.keys(source));
    }

    // ---------------------------------------------------------------- rules of the boundary

    /** The file, or the same 404 as for a file that does not exist; a destroyed file is gone (410). */
    private Source resolve(Viewer viewer, String id) {
        return files.resolve(viewer, id, "ACCESS_REFUSED");
    }

    /**
     * As {@link #resolve}, then locks the file's row for the rest of the transaction: writes to
     * one file's validations and grades take turns (no two conclusions or grade changes at once),
     * and a rotation of the file's key waits for them, or they for it, so that no text is
     * written under a key version that the rotation has just left behind.
     */
    private Source resolveForWrite(Viewer viewer, String id) {
        return files.resolveForUpdate(viewer, id, "ACCESS_REFUSED");
    }

    private Validation validation(Source source, String validationId) {
        String canonical = canonical(validationId);
        return (canonical == null ? Optional.<Validation>empty() : records.validation(source.id(), canonical))
                .orElseThrow(() -> HumException.notFound("validation of this source file"));
    }

    private void requireIndependent(Viewer viewer, Source source, Validation v, String what) {
        boolean handler = store.isHandler(viewer, source);
        if (handler || viewer.userId().equals(v.recordedBy())) {
            refusals.refused("VALIDATION_REVIEW_REFUSED", VALIDATION, v.id(), label(source));
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "validation.independent-reviewer",
                    handler ? "You handle this source; a reviewer who is not the handler must " + what + " its validation."
                            : "You recorded this validation's findings; a reviewer who did not must " + what + " it.",
                    "ask a controller or authorising officer who neither handles the source nor recorded the findings.");
        }
    }

    private String label(Source source) {
        return AuditTrail.label(config.levels().nameOf(source.classificationLevel()), source.label().compartments());
    }

    private static String motivations(Set<Motivation> motivations) {
        return motivations.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String canonical(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
