package org.hum.vetting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.vetting.GradeView;
import org.hum.api.vetting.GradesView;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.api.vetting.NewGrade;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.RuleProfile.GradingScheme;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.vetting.control.GradingVocabulary;
import org.hum.vetting.control.VettingProtection;
import org.hum.vetting.control.VettingRecords;
import org.hum.vetting.entity.SourceGrade;

/**
 * Grading of source files (docs/domain.md, "Grading"): the source's reliability under the rule
 * profile's scheme, each change with its reason kept under the file's key. Graded by the handler,
 * a controller or an authorising officer; read by those roles and compliance reviewers. A file
 * the caller may not see answers exactly as one that does not exist.
 */
@Stateless
public class Grading {
    private static final String SOURCE = "SOURCE";

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    SourceFiles files;

    @Inject
    VettingRecords records;

    @Inject
    VettingProtection protection;

    @Inject
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public GradingVocabularyView vocabulary() {
        return GradingVocabulary.view(rules.current().grading());
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public GradesView grades(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = resolve(viewer, sourceId);
        GradesView view = gradesView(source);
        audit.record("SOURCE_GRADES_READ", SOURCE, source.id(), files.label(source), AuditTrail.SUCCESS);
        return view;
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public GradesView grade(String sourceId, @NotNull @Valid NewGrade grade) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveForWrite(viewer, sourceId);
        if (!viewer.hasRole(Role.CONTROLLER_NAME) && !viewer.hasRole(Role.AUTHORISING_OFFICER_NAME)
                && !store.isHandler(viewer, source)) {
            refusals.refused("SOURCE_GRADE_REFUSED", SOURCE, source.id(), files.label(source));
            throw new HumException(ErrorCode.FORBIDDEN, "Only the source's handler, a controller or an authorising "
                    + "officer grades a source; you do not handle this source.");
        }
        GradingScheme scheme = rules.current().grading();
        String code = GradingVocabulary.requireSourceReliability(scheme, grade.grade(), "grade");
        List<SourceGrade> history = records.grades(source.id());
        SourceGrade current = history.isEmpty() ? null : history.get(0);
        if (current != null && current.scheme().equals(scheme.name()) && current.grade().equals(code)) {
            throw new HumException(ErrorCode.CONFLICT, "The source is already graded " + code + " ("
                    + GradingVocabulary.sourceMeaning(scheme, code).orElse(code) + "); nothing changed.");
        }
        String id = UUID.randomUUID().toString();
        SourceGrade g = new SourceGrade(id, source.id(), current == null ? 1 : current.seq() + 1, scheme.name(), code,
                current == null ? null : current.grade(), viewer.userId(), clock.instant());
        g.protectedReason(protection.keys(source).encrypt(SourceGrade.ENTITY, SourceGrade.REASON, id, grade.reason().strip()));
        try {
            records.add(g);
        } catch (PersistenceException raced) {
            throw new HumException(ErrorCode.CONFLICT, "Someone else changed this source's grade at the same moment; "
                    + "reload the grade history and try again.");
        }
        audit.record("SOURCE_GRADED", SOURCE, source.id(), files.label(source), AuditTrail.SUCCESS);
        return gradesView(source);
    }

    private Source resolve(Viewer viewer, String id) {
        return files.resolve(viewer, id, "ACCESS_REFUSED");
    }

    /** As {@link #resolve}, then the file's row is locked: one grade change at a time, never across a key rotation. */
    private Source resolveForWrite(Viewer viewer, String id) {
        return files.resolveForUpdate(viewer, id, "ACCESS_REFUSED");
    }

    private GradesView gradesView(Source source) {
        VettingProtection.Keys keys = protection.keys(source);
        List<GradeView> history = records.grades(source.id()).stream().map(g -> new GradeView(g.scheme(), g.grade(),
                GradingVocabulary.sourceMeaning(GradingScheme.valueOf(g.scheme()), g.grade()).orElse(null),
                g.previousGrade(), keys.decrypt(SourceGrade.ENTITY, SourceGrade.REASON, g.id(), g.reason()),
                records.username(g.gradedBy()), g.gradedAt())).toList();
        return new GradesView(source.id(), rules.current().grading().name(), history.isEmpty() ? null : history.get(0),
                history);
    }
}
