package org.hum.contact.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.config.control.PageBounds;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.ContactReportView;
import org.hum.api.contact.ContactReportsView;
import org.hum.api.contact.CorrectionRequest;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.contact.control.ContactCipher;
import org.hum.contact.control.ContactRecords;
import org.hum.contact.control.ContactRules;
import org.hum.contact.control.ContactViews;
import org.hum.contact.control.ContactWriter;
import org.hum.config.control.DatabaseRaces;
import org.hum.contact.control.SubmissionRaced;
import org.hum.contact.entity.ContactReport;
import org.hum.rules.control.Circumstances;
import org.hum.rules.control.Refusal;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hum.api.contact.TaskingOptionView;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.tasking.control.TaskingRegister;
import org.hum.vetting.control.GradingVocabulary;

/**
 * Contact reports (docs/domain.md, "Contact reports"): read a source's reports with their
 * versions, submit one (idempotently, by key), correct one (a new version that keeps the old).
 * Case officers who handle the source (HANDLER grant: handler or co-handler) and controllers
 * record; authorising officers and compliance reviewers read. The source file is resolved for
 * the caller first: one they may not see answers 404 like a missing one, and a report is found
 * by its id, then its file resolved the same way. Recording asks the lifecycle policy
 * (RECORD_CONTACT: an appropriate adult for a juvenile, a senior approval for a source closed for
 * cause); every refusal is audited and writes nothing.
 */
@Stateless
public class ContactReports {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    SourceStore store;

    @Inject
    ContactRecords records;

    @Inject
    ContactWriter writer;

    @Inject
    ContactViews views;

    @Inject
    ContactCipher cipher;

    @Inject
    SourcePolicy policy;

    @Inject
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Resource
    SessionContext context;

    /** A submission's answer: the report, and whether this call made it (false: an idempotent repeat). */
    public record Submitted(ContactReportView report, boolean created) {
    }

    @Inject
    TaskingRegister taskingRegister;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public ContactReportsView list(String sourceId) {
        return list(sourceId, 0, ContactReportsView.PAGE);
    }

    /**
     * A page of the file's reports, latest contact first: the page's reports found, ordered and
     * counted in SQL, and only their versions, attendees, items and payments read and opened, so
     * that a page costs the same however long the file's history. A negative {@code from} or a
     * {@code size} outside 1 to {@value ContactReportsView#MAX_PAGE} is refused (400).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public ContactReportsView list(String sourceId, int from, int size) {
        PageBounds.require(from, "the latest report", size, ContactReportsView.MAX_PAGE);
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "CONTACT_REPORTS_READ");
        boolean mayRecord = mayRecord(viewer, source);
        Map<String, String> names = new HashMap<>();
        List<String> page = records.reportPage(source.id(), from, size);
        List<ContactReport> versions = records.versionsOfReports(page);
        ContactViews.Prefetched known = views.prefetch(source, versions);
        Map<String, List<ContactReport>> byReport = ContactRecords.byReport(versions);
        List<ContactReportView> reports = new ArrayList<>();
        for (String reportId : page) { // the page's order: latest contact first
            List<ContactReport> of = byReport.get(reportId);
            if (of != null) {
                reports.add(views.report(source, of, mayRecord, names, known));
            }
        }
        var risk = records.riskEntries(source.id()).stream().map(r -> views.risk(source, r, names)).toList();
        audit.record("CONTACT_REPORTS_READ", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return new ContactReportsView(source.id(), source.codeName(), List.copyOf(reports), risk, mayRecord,
                records.reportCount(source.id()), from);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public ContactReportView report(String id) {
        Viewer viewer = viewers.of(principal);
        ContactReport version = find(id);
        Source source = files.resolve(viewer, version.sourceId(), "contact report", id);
        ContactReportView view = views.report(source, records.versionsOfReport(version.reportId()),
                mayRecord(viewer, source), new HashMap<>());
        audit.record("CONTACT_REPORT_READ", "CONTACT_REPORT", view.id(), files.label(source), AuditTrail.SUCCESS);
        return view;
    }

    /** The source's open taskings an item may answer (for a form), for a caller who may record. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public List<TaskingOptionView> openTaskings(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "CONTACT_TASKINGS_READ");
        // the tasking feature's own reading: states as of the rule clock (one past its due day reads EXPIRED)
        return taskingRegister.ofSource(source.id()).stream().filter(t -> t.status().open())
                .sorted(java.util.Comparator.comparing(TaskingRegister.TaskingFact::reference))
                .map(t -> new TaskingOptionView(t.id(), t.reference(), t.status().name())).toList();
    }

    /** The information grades items take in the deployment's scheme. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public GradingVocabularyView vocabulary() {
        return GradingVocabulary.view(rules.current().grading());
    }

    /**
     * Submits a contact report. With an idempotency key (the header, or the field), submitting the
     * same report again answers the one already made and creates nothing; the same key with a
     * different report is refused (422). A draft named by {@code draftId} is discarded.
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submitted submit(String sourceId, @NotNull @Valid ContactReportRequest request, String idempotencyHeader) {
        ContactReports self = context.getBusinessObject(ContactReports.class);
        // a race is over when it is thrown (the other transaction committed, or the deadlock was
        // broken): the next run finds the report the same key made, or simply succeeds
        return DatabaseRaces.retried(() -> self.submitOnce(sourceId, request, idempotencyHeader),
                e -> e instanceof SubmissionRaced || DatabaseRaces.lostRace(e));
    }

    /** One run of {@link #submit} in its own transaction (the request was validated there); public only for the container's proxy. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Submitted submitOnce(String sourceId, ContactReportRequest request, String idempotencyHeader) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolveForUpdate(viewer, sourceId, "CONTACT_REPORT_SUBMIT"); // one change of a file at a time
        String label = files.label(source);
        try {
            requireMayRecord(viewer, source);
            String key = ContactRules.idempotencyKey(idempotencyHeader, request.idempotencyKey());
            String fingerprint = ContactRules.fingerprint(request, null);
            if (key != null) {
                Optional<ContactReport> earlier = records.byIdempotencyKey(viewer.userId(), key);
                if (earlier.isPresent()) {
                    ContactReport e = earlier.get();
                    ContactRules.requireSameSubmission(e.sourceId().equals(source.id()) && e.version() == 1
                            ? views.open(source, e, ContactReport.REQUEST_FINGERPRINT, e.requestFingerprint()) : null, fingerprint);
                    audit.record("CONTACT_REPORT_RESUBMITTED", "CONTACT_REPORT", e.reportId(), label, AuditTrail.SUCCESS);
                    return new Submitted(views.report(source, records.versionsOfReport(e.reportId()), true, new HashMap<>()),
                            false);
                }
            }
            Instant now = clock.instant();
            var grades = ContactRules.requireSubmittable(request, rules.current().grading(), now);
            var checked = writer.check(source, request, grades, viewer);
            policy.require(GuardedAction.RECORD_CONTACT, source.id(),
                    Circumstances.contact(ContactRules.appropriateAdultPresent(request.othersPresent())), label);
            ContactWriter.Written written = writer.write(source, request, checked, null, 1, null, null, viewer.userId(), now,
                    key, fingerprint);
            ContactReport row = written.row();
            discardDraft(viewer, source, request.draftId());
            audit.record("CONTACT_REPORT_SUBMITTED", "CONTACT_REPORT", row.id(), label, AuditTrail.SUCCESS);
            // the names the view shows: the recorder's is known (usually the only one present)
            Map<String, String> names = new HashMap<>(Map.of(viewer.userId(), viewer.username()));
            return new Submitted(views.report(source, List.of(row), true, names, written.known()), true);
        } catch (HumException e) {
            refusals.refused("CONTACT_REPORT_SUBMIT", "SOURCE", source.id(), label);
            throw e;
        }
    }

    /**
     * Corrects a report: a new version, in full, with the reason; every version before it is kept
     * and shown, the latest is the current one. Idempotent by key as a submission is.
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submitted correct(String id, @NotNull @Valid CorrectionRequest correction, String idempotencyHeader) {
        ContactReports self = context.getBusinessObject(ContactReports.class);
        return DatabaseRaces.retried(() -> self.correctOnce(id, correction, idempotencyHeader),
                e -> e instanceof SubmissionRaced || DatabaseRaces.lostRace(e));
    }

    /** One run of {@link #correct} in its own transaction (the correction was validated there); public only for the container's proxy. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Submitted correctOnce(String id, CorrectionRequest correction, String idempotencyHeader) {
        Viewer viewer = viewers.of(principal);
        ContactReport asked = find(id);
        Source visible = files.resolve(viewer, asked.sourceId(), "contact report", id);
        Source locked = store.unrestrictedForUpdate(visible.id()); // corrections of one file one at a time
        Source source = locked == null ? visible : locked;
        String label = files.label(source);
        String reportId = asked.reportId();
        try {
            requireMayRecord(viewer, source);
            ContactReportRequest request = correction.report();
            String key = ContactRules.idempotencyKey(idempotencyHeader, request.idempotencyKey());
            String fingerprint = ContactRules.fingerprint(request, correction.reason());
            if (key != null) {
                Optional<ContactReport> earlier = records.byIdempotencyKey(viewer.userId(), key);
                if (earlier.isPresent()) {
                    ContactReport e = earlier.get();
                    ContactRules.requireSameSubmission(e.reportId().equals(reportId)
                            ? views.open(source, e, ContactReport.REQUEST_FINGERPRINT, e.requestFingerprint()) : null, fingerprint);
                    audit.record("CONTACT_REPORT_RESUBMITTED", "CONTACT_REPORT", reportId, label, AuditTrail.SUCCESS);
                    return new Submitted(views.report(source, records.versionsOfReport(reportId), true, new HashMap<>()), false);
                }
            }
            List<ContactReport> versions = records.versionsOfReportLocked(reportId);
            ContactReport latest = versions.get(versions.size() - 1);
            Instant now = clock.instant();
            var grades = ContactRules.requireSubmittable(request, rules.current().grading(), now);
            java.util.Set<String> kept = records.items(latest.id()).stream().map(i -> i.taskingId())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
            var checked = writer.check(source, request, grades, kept, viewer);
            // a correction records no new contact: of the hard stops, only the appropriate adult concerns it
            List<Refusal> refused = policy.refusals(GuardedAction.RECORD_CONTACT, source.id(),
                    Circumstances.contact(ContactRules.appropriateAdultPresent(request.othersPresent()))).stream()
                    .filter(r -> r.rule().equals("juvenile.appropriate-adult")).toList();
            if (!refused.isEmpty()) {
                refusals.refused("HARD_STOP_RECORD_CONTACT", "SOURCE", source.id(), label);
                throw refused.get(0).toViolation();
            }
            writer.write(source, request, checked, reportId, ContactRules.nextVersion(latest.version()), latest,
                    correction.reason(), viewer.userId(), now, key, fingerprint);
            discardDraft(viewer, source, request.draftId());
            audit.record("CONTACT_REPORT_CORRECTED", "CONTACT_REPORT", reportId, label, AuditTrail.SUCCESS);
            return new Submitted(views.report(source, records.versionsOfReport(reportId), true, new HashMap<>()), true);
        } catch (HumException e) {
            refusals.refused("CONTACT_REPORT_CORRECT", "CONTACT_REPORT", reportId, label);
            throw e;
        }
    }

    private void discardDraft(Viewer viewer, Source source, String draftId) {
        if (draftId == null || draftId.isBlank()) {
            return;
        }
        records.draft(viewer.userId(), draftId.strip()).filter(d -> d.sourceId().equals(source.id()))
                .ifPresent(d -> {
                    records.remove(d);
                    audit.record("CONTACT_DRAFT_SUBMITTED", "CONTACT_DRAFT", d.id(), files.label(source), AuditTrail.SUCCESS);
                });
    }

    /** A report version by its id, or 404 (audited) as for a report that cannot be seen. */
    private ContactReport find(String id) {
        String canonical = SourceFiles.canonical(id);
        Optional<ContactReport> found = canonical == null ? Optional.empty() : records.version(canonical);
        if (found.isEmpty()) {
            refusals.refused("ACCESS_REFUSED", "CONTACT_REPORT", canonical == null ? "(not an id)" : canonical, null);
            throw HumException.notFound("contact report");
        }
        return found.get();
    }

    /** The source's handler or co-handler (a case officer holding the HANDLER grant), or a controller. */
    boolean mayRecord(Viewer viewer, Source source) {
        return ContactAccess.mayRecord(viewer, source, store);
    }

    private void requireMayRecord(Viewer viewer, Source source) {
        if (!mayRecord(viewer, source)) {
            throw new HumException(ErrorCode.FORBIDDEN, "Only the source's handler or co-handler, or a controller, "
                    + "records its contacts.");
        }
    }

    /** Who may record contacts with a source; shared by the report and draft boundaries. */
    static final class ContactAccess {
        private ContactAccess() {
        }

        static boolean mayRecord(Viewer viewer, Source source, SourceStore store) {
            if (viewer.hasRole(Role.CONTROLLER_NAME)) {
                return true;
            }
            return viewer.hasRole(Role.CASE_OFFICER_NAME) && store.grant(source.id(), viewer.userId())
                    .filter(g -> IdentityGrant.GrantRole.HANDLER.name().equals(g.grantRole())).isPresent();
        }
    }
}
