package org.hum.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Usernames;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.oversight.ErrorClosure;
import org.hum.api.oversight.ErrorReported;
import org.hum.api.oversight.NewRelevantError;
import org.hum.api.oversight.RelevantErrorView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.oversight.control.ErrorRegisterStore;
import org.hum.oversight.control.ErrorTexts;
import org.hum.oversight.control.PublicHolidays;
import org.hum.oversight.control.WorkingDays;
import org.hum.oversight.entity.RelevantError;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The error register (docs/domain.md, "Oversight"): compliance reviewers record a relevant error
 * against a file they may see, read the register (only the errors of files they may see; one of
 * a file they may not see answers as one that does not exist), record that an error was reported
 * to the oversight body, and close it. Every step is audited; the deadline is computed.
 */
@Stateless
@RolesAllowed(Role.COMPLIANCE_REVIEWER_NAME)
public class ErrorRegister {
    public static final String NOT_REPORTED = "error.not-reported";
    public static final String ALREADY = "error.already-done";
    static final List<String> STATUSES = List.of("OPEN", "REPORTED", "CLOSED", "ALL");

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    Usernames usernames;

    @Inject
    SourceFiles files;

    @Inject
    ErrorRegisterStore store;

    @Inject
    ErrorTexts texts;

    @Inject
    Rules rules;

    @Inject
    PublicHolidays holidays;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;


    public RelevantErrorView record(@NotNull @Valid NewRelevantError n) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolveForUpdate(viewer, n.sourceId(), "RELEVANT_ERROR_RECORD");
        LocalDate today = today();
        if (n.foundOn().isAfter(today)) {
            throw HumException.invalid("foundOn", "must not be after today (" + today + ")");
        }
        LocalDate registered = source.registeredAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (n.foundOn().isBefore(registered)) {
            throw HumException.invalid("foundOn", "must not be before the file was registered (" + registered + ")");
        }
        String id = UUID.randomUUID().toString();
        RelevantError e = new RelevantError(id, source.id(), n.kind(), n.foundOn(), viewer.userId(), clock.instant(),
                source.dekVersion(), texts.seal(texts.key(source), RelevantError.ENTITY, RelevantError.DESCRIPTION, id,
                n.description()));
        store.record(e);
        audit.record("RELEVANT_ERROR_RECORDED", "RELEVANT_ERROR", id, files.label(source), AuditTrail.SUCCESS);
        return view(e, source, today, usernames.lookup());
    }

    /** The register, newest first: {@code status} OPEN, REPORTED, CLOSED or ALL (the default). */
    public List<RelevantErrorView> register(String status) {
        String wanted = status == null || status.isBlank() ? "ALL" : status.strip().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(wanted)) {
            throw HumException.invalid("status", "must be OPEN, REPORTED, CLOSED or ALL, not '" + bounded(status) + "'");
        }
        Viewer viewer = viewers.of(principal);
        LocalDate today = today();
        Map<String, Optional<Source>> sources = new HashMap<>();
        Usernames.Lookup names = usernames.lookup();
        List<RelevantErrorView> out = new ArrayList<>();
        for (RelevantError e : store.all()) {
            Source s = sources.computeIfAbsent(e.sourceId(), files::unrestricted)
                    .filter(x -> AccessRule.dominates(viewer, x.label()) && !x.isDestroyed()).orElse(null);
            if (s == null || !("ALL".equals(wanted) || status(e).equals(wanted))) {
                continue;
            }
            out.add(view(e, s, today, names));
        }
        audit.record("RELEVANT_ERRORS_READ", "RELEVANT_ERROR", null, null, AuditTrail.SUCCESS);
        return out;
    }

    public RelevantErrorView get(String id) {
        Viewer viewer = viewers.of(principal);
        Resolved r = resolve(viewer, id, false);
        audit.record("RELEVANT_ERROR_READ", "RELEVANT_ERROR", r.error.id(), files.label(r.source), AuditTrail.SUCCESS);
        return view(r.error, r.source, today(), usernames.lookup());
    }

    public RelevantErrorView report(String id, @NotNull @Valid ErrorReported reported) {
        Viewer viewer = viewers.of(principal);
        Resolved r = resolve(viewer, id, true);
        if (r.error.isReported()) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, ALREADY, "This error was already reported, on "
                    + r.error.reportedOn() + ".", "Close it once what was done about it is settled.");
        }
        LocalDate today = today();
        if (reported.reportedOn().isAfter(today)) {
            throw HumException.invalid("reportedOn", "must not be after today (" + today + ")");
        }
        if (reported.reportedOn().isBefore(r.error.foundOn())) {
            throw HumException.invalid("reportedOn", "must not be before the error was found (" + r.error.foundOn() + ")");
        }
        String reference = reported.reference() == null || reported.reference().isBlank() ? null : reported.reference().strip();
        r.error.reported(reported.reportedOn(), viewer.userId(), reference);
        store.flush();
        audit.record("RELEVANT_ERROR_REPORTED", "RELEVANT_ERROR", r.error.id(), files.label(r.source), AuditTrail.SUCCESS);
        return view(r.error, r.source, today, usernames.lookup());
    }

    public RelevantErrorView close(String id, @NotNull @Valid ErrorClosure closure) {
        Viewer viewer = viewers.of(principal);
        Resolved r = resolve(viewer, id, true);
        if (r.error.isClosed()) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, ALREADY, "This error was already closed.",
                    "Record a new error if something more was found.");
        }
        if (!r.error.isReported()) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, NOT_REPORTED,
                    "A relevant error is closed only after it was reported to the oversight body.",
                    "Record the report first (POST .../report with the day it was reported).");
        }
        // under the version the description was sealed with: one row, one key version
        r.error.closed(clock.instant(), viewer.userId(), texts.seal(texts.key(r.source, r.error.dekVersion()),
                RelevantError.ENTITY, RelevantError.CLOSING_NOTE, r.error.id(), closure.note()));
        store.flush();
        audit.record("RELEVANT_ERROR_CLOSED", "RELEVANT_ERROR", r.error.id(), files.label(r.source), AuditTrail.SUCCESS);
        return view(r.error, r.source, today(), usernames.lookup());
    }

    private record Resolved(RelevantError error, Source source) {
    }

    /** The error and its file, or 404 alike for a missing error and one of a file the caller may not see. */
    private Resolved resolve(Viewer viewer, String id, boolean locking) {
        String canonical = SourceFiles.canonical(id);
        RelevantError e = canonical == null ? null : store.find(canonical, locking).orElse(null);
        // the same look-up and the same refusal whether the error is missing or its file hidden
        Source s = files.resolve(viewer, e == null ? "" : e.sourceId(), "relevant error", id);
        return new Resolved(e, s);
    }

    private RelevantErrorView view(RelevantError e, Source s, LocalDate today, Usernames.Lookup names) {
        int n = rules.current().errorReportingWorkingDays();
        LocalDate due = WorkingDays.after(e.foundOn(), n, holidays.days());
        return new RelevantErrorView(e.id(), s.id(), s.codeName(), e.kind(), e.foundOn(), names.of(e.foundBy()),
                e.recordedAt(), texts.open(s, e.dekVersion(), RelevantError.ENTITY, RelevantError.DESCRIPTION, e.id(),
                e.description()), due, n, status(e), !e.isReported() && today.isAfter(due), e.reportedOn(),
                e.reportedBy() == null ? null : names.of(e.reportedBy()), e.reportReference(), e.closedAt(),
                e.closedBy() == null ? null : names.of(e.closedBy()),
                texts.open(s, e.dekVersion(), RelevantError.ENTITY, RelevantError.CLOSING_NOTE, e.id(), e.closingNote()));
    }

    private static String status(RelevantError e) {
        return e.isClosed() ? "CLOSED" : e.isReported() ? "REPORTED" : "OPEN";
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }


    private static String bounded(String s) {
        String t = s.strip();
        return t.length() > 20 ? t.substring(0, 20) + "..." : t;
    }
}
