package org.hum.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Label;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Page;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.reporting.DisseminationAction;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReportCheckView;
import org.hum.api.reporting.ReportDraft;
import org.hum.api.reporting.ReportFinding;
import org.hum.api.reporting.ReportItemView;
import org.hum.api.reporting.ReportRules;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.ReportSummary;
import org.hum.api.reporting.ReportUsageView;
import org.hum.api.reporting.ReportView;
import org.hum.api.reporting.Tlp;
import org.hum.api.reporting.Withdrawal;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.Ports;
import org.hum.config.control.RuleClock;
import org.hum.contact.control.ContactRegister;
import org.hum.contact.control.ContactRegister.ItemFact;
import org.hum.crypto.control.DataKey;
import org.hum.reporting.control.DatePrecision;
import org.hum.reporting.control.ReportChecks;
import org.hum.reporting.control.ReportLifecycle;
import org.hum.reporting.control.ReportRecalled;
import org.hum.reporting.control.ReportReleased;
import org.hum.reporting.control.ReportStore;
import org.hum.reporting.control.ReportStore.ItemRef;
import org.hum.reporting.control.ReportSubjects;
import org.hum.reporting.control.ReportTexts;
import org.hum.reporting.control.SourceDescriptionStore;
import org.hum.reporting.control.ReportViews;
import org.hum.reporting.control.VersionRow;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceRecords;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Sanitized reports (docs/domain.md, "Sanitized reports"): drafts drawn from graded contact items,
 * the identifying-detail check, submission, approval by a second person, versions after release,
 * withdrawal with recalls, and the dissemination log's release rows. A report is labelled from the
 * files it draws on; one the caller may not see answers as one that does not exist.
 */
@Stateless
public class Reports {
    private static final String OBJECT = "REPORT";
    private static final int MAX_ITEMS = 100;

    @Inject
    Ports portList;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    SourceStore sources;

    @Inject
    SourceRecords sourceRecords;

    @Inject
    ContactRegister contacts;

    @Inject
    ReportSubjects subjects;

    @Inject
    ReportStore store;

    @Inject
    ReportTexts texts;

    @Inject
    SourceDescriptionStore descriptions;

    @Inject
    ReportViews views;

    @Inject
    ReportChecks checks;

    @Inject
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Inject
    Event<ReportReleased> releases;

    @Inject
    Event<ReportRecalled> recalled;

    // ---- reading ----

    /** The graded items of the files the caller may see, latest contact first (at most 100). */
    @RolesAllowed(Role.REPORTS_OFFICER_NAME)
    public List<ReportItemView> availableItems() {
        Viewer viewer = viewers.of(principal);
        List<ReportItemView> out = new ArrayList<>();
        for (Source s : sources.page(viewer, 0, Page.MAX_SIZE)) {
            if (s.isDestroyed()) {
                continue;
            }
            for (ItemFact i : subjects.items(s)) {
                out.add(ReportViews.item(i));
            }
        }
        audit.record("REPORT_ITEMS_LISTED", OBJECT, "(items)", null, AuditTrail.SUCCESS);
        return out.stream().sorted(Comparator.comparing(ReportItemView::occurredAt).reversed()).limit(MAX_ITEMS).toList();
    }

    @RolesAllowed({Role.REPORTS_OFFICER_NAME, Role.CONTROLLER_NAME, Role.COMPLIANCE_REVIEWER_NAME, Role.CASE_OFFICER_NAME})
    public ReportView find(String id) {
        Viewer viewer = viewers.of(principal);
        VersionRow v = visible(viewer, id, "REPORT_READ", false);
        audit.record("REPORT_READ", OBJECT, v.id(), views.label(v), AuditTrail.SUCCESS);
        return views.view(viewer, v);
    }

    @RolesAllowed({Role.REPORTS_OFFICER_NAME, Role.CONTROLLER_NAME, Role.COMPLIANCE_REVIEWER_NAME, Role.CASE_OFFICER_NAME})
    public Page<ReportSummary> list(ReportStatus status, int page, int size) {
        Viewer viewer = viewers.of(principal);
        List<VersionRow> mine = store.latest(status).stream().filter(v -> AccessRule.dominates(viewer, v.label())).toList();
        List<ReportSummary> items = mine.stream().skip((long) page * size).limit(size).map(views::summary).toList();
        audit.record("REPORT_LIST", OBJECT, "(list)", null, AuditTrail.SUCCESS);
        return new Page<>(items, page, size, mine.size());
    }

    @RolesAllowed({Role.REPORTS_OFFICER_NAME, Role.CONTROLLER_NAME, Role.COMPLIANCE_REVIEWER_NAME, Role.CASE_OFFICER_NAME})
    public ReportCheckView check(String id) {
        Viewer viewer = viewers.of(principal);
        VersionRow v = visible(viewer, id, "REPORT_CHECK", false);
        List<ReportFinding> findings = checks.findings(v);
        audit.record("REPORT_CHECKED", OBJECT, v.id(), views.label(v), findings.isEmpty() ? AuditTrail.SUCCESS : AuditTrail.REFUSED);
        return new ReportCheckView(v.id(), v.version(), findings.isEmpty(), findings);
    }

    /** Which of a file's items went into which report: for the file's handlers only. */
    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public ReportUsageView usage(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "REPORT_USAGE");
        if (!handles(viewer, source)) {
            refusals.refused("REPORT_USAGE", "SOURCE", source.id(), files.label(source));
            throw HumException.notFound("source file");
        }
        return usageOf(source);
    }

    /**
     * The same for the source page, which shows the section to every case officer who may see
     * the file: empty, and no refusal recorded, for one who does not handle it (the page asked
     * on their behalf; they did not ask).
     */
    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public Optional<ReportUsageView> usageIfHandling(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "REPORT_USAGE");
        return handles(viewer, source) ? Optional.of(usageOf(source)) : Optional.empty();
    }

    private boolean handles(Viewer viewer, Source source) {
        return sources.isHandler(viewer, source) || sourceRecords.assignments(source.id()).stream()
                .anyMatch(a -> a.open() && a.userId().equals(viewer.userId()));
    }

    private ReportUsageView usageOf(Source source) {
        List<ReportUsageView.Use> uses = new ArrayList<>();
        for (Object[] r : store.usage(source.id())) {
            VersionRow v = store.find((String) r[3]).orElseThrow();
            uses.add(new ReportUsageView.Use((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), ReportStatus.valueOf((String) r[5]), views.title(v), (String) r[6], v.releasedAt()));
        }
        audit.record("REPORT_USAGE", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return new ReportUsageView(source.id(), uses);
    }

    // ---- writing ----

    @RolesAllowed(Role.REPORTS_OFFICER_NAME)
    public ReportView create(@NotNull @Valid ReportDraft draft) {
        Viewer viewer = viewers.of(principal);
        Drawn drawn = drawn(viewer, draft);
        requirePurposeClear(draft, drawn);
        Instant now = now();
        String id = UUID.randomUUID().toString();
        VersionRow v = seal(drawn, draft, id, id, 1, ReportStatus.DRAFT, viewer.userId(), now, now);
        store.insert(v);
        store.items(id, drawn.refs());
        store.recipients(id, names(draft.recipients()));
        audit.record("REPORT_DRAFTED", OBJECT, id, views.label(v), AuditTrail.SUCCESS);
        return views.view(viewer, v);
    }

    /** A draft or submission changed in place; a released version makes a new draft version. */
    @RolesAllowed(Role.REPORTS_OFFICER_NAME)
    public ReportView update(String id, @NotNull @Valid ReportDraft draft) {
        Viewer viewer = viewers.of(principal);
        VersionRow old = visible(viewer, id, "REPORT_EDIT", true);
        try {
            requireAuthor(viewer, old);
            ReportLifecycle.Edit edit = ReportLifecycle.edit(old.status());
            if (edit == ReportLifecycle.Edit.NEW_VERSION && store.versions(old.reportId()).stream()
                    .anyMatch(o -> o.version() > old.version())) {
                throw new RuleViolation(ErrorCode.RULE_VIOLATION, ReportRules.STATE,
                        "This report already has a later version.", "Edit the report's latest version.");
            }
            Drawn drawn = drawn(viewer, draft);
            requirePurposeClear(draft, drawn);
            Instant now = now();
            VersionRow v;
            if (edit == ReportLifecycle.Edit.IN_PLACE) {
                v = seal(drawn, draft, old.id(), old.reportId(), old.version(), ReportStatus.DRAFT, old.authorId(),
                        old.createdAt(), now);
                store.replace(v);
            } else {
                String next = UUID.randomUUID().toString();
                v = seal(drawn, draft, next, old.reportId(), old.version() + 1, ReportStatus.DRAFT, viewer.userId(), now, now);
                store.insert(v);
            }
            store.items(v.id(), drawn.refs());
            store.recipients(v.id(), names(draft.recipients()));
            audit.record(edit == ReportLifecycle.Edit.IN_PLACE ? "REPORT_EDITED" : "REPORT_VERSIONED", OBJECT, v.id(), views.label(v),
                    AuditTrail.SUCCESS);
            return views.view(viewer, v);
        } catch (HumException e) {
            refusals.refused("REPORT_EDIT", OBJECT, old.id(), views.label(old));
            throw e;
        }
    }

    @RolesAllowed(Role.REPORTS_OFFICER_NAME)
    public ReportView submit(String id) {
        Viewer viewer = viewers.of(principal);
        VersionRow v = visible(viewer, id, "REPORT_SUBMIT", true);
        try {
            requireAuthor(viewer, v);
            ReportStatus next = ReportLifecycle.submit(v.status());
            checks.requireReleasable(v);
            store.status(v.id(), next, now(), null);
            audit.record("REPORT_SUBMITTED", OBJECT, v.id(), views.label(v), AuditTrail.SUCCESS);
            return views.view(viewer, store.find(v.id()).orElseThrow());
        } catch (HumException e) {
            refusals.refused("REPORT_SUBMIT", OBJECT, v.id(), views.label(v));
            throw e;
        }
    }

    /**
     * Approval by a second person cleared for the report: it is released and each recipient entry
     * logged; the version it follows becomes SUPERSEDED. Released under other markings than that
     * version (regraded), every recipient of every earlier released version is recalled, once.
     */
    @RolesAllowed({Role.CONTROLLER_NAME, Role.REPORTS_OFFICER_NAME})
    public ReportView approve(String id) {
        Viewer viewer = viewers.of(principal);
        List<VersionRow> all = lockedReport(viewer, id, "REPORT_APPROVE");
        VersionRow v = named(all, id);
        try {
            ReportStatus next = ReportLifecycle.approve(v.status(), v.authorId(), viewer.userId());
            checks.requireReleasable(v);
            Instant now = now();
            List<VersionRow> earlier = all.stream().filter(o -> o.version() < v.version() && o.releasedAt() != null).toList();
            Optional<VersionRow> follows = earlier.stream().filter(o -> o.status() == ReportStatus.RELEASED)
                    .max(Comparator.comparingInt(VersionRow::version));
            String regrade = follows.map(o -> ReportLifecycle.regrade(o.tlp(), markings(o), v.tlp(), markings(v))).orElse(null);
            for (VersionRow o : earlier) {
                if (o.status() == ReportStatus.RELEASED) {
                    store.status(o.id(), ReportStatus.SUPERSEDED, now, null);
                }
            }
            if (regrade != null) {
                recall(earlier, regrade, viewer.userId(), now);
            }
            store.status(v.id(), next, now, viewer.userId());
            VersionRow released = store.find(v.id()).orElseThrow();
            store.log(DisseminationAction.RELEASE, released, recipientsOf(released), released.purpose(), viewer.userId(), now);
            if (regrade != null) {
                recalled.fire(new ReportRecalled(v.reportId(), regrade, v.id(), viewer.userId(), now));
            }
            releases.fire(new ReportReleased(v.id(), viewer.userId(), now));
            audit.record("REPORT_RELEASED", OBJECT, v.id(), views.label(v), AuditTrail.SUCCESS);
            return views.view(viewer, released);
        } catch (HumException e) {
            refusals.refused("REPORT_APPROVE", OBJECT, v.id(), views.label(v));
            throw e;
        }
    }

    /**
     * Withdrawal withdraws the report, whichever of its open versions is named: every DRAFT,
     * SUBMITTED and RELEASED version becomes WITHDRAWN, and every recipient of every version ever
     * released is recalled (once: one already recalled by a regrade is not recalled again). The
     * reason reaches partners with the recall, so it passes the identifying-detail check first.
     */
    @RolesAllowed({Role.CONTROLLER_NAME, Role.REPORTS_OFFICER_NAME})
    public ReportView withdraw(String id, @NotNull @Valid Withdrawal withdrawal) {
        Viewer viewer = viewers.of(principal);
        List<VersionRow> all = lockedReport(viewer, id, "REPORT_WITHDRAW");
        VersionRow v = named(all, id);
        try {
            if (!viewer.hasRole(Role.CONTROLLER_NAME)) {
                requireAuthor(viewer, v);
            }
            ReportStatus next = ReportLifecycle.withdraw(v.status());
            String reason = withdrawal.reason().strip();
            List<ItemRef> drawnOn = all.stream().flatMap(o -> store.items(o.id()).stream()).distinct().toList();
            checks.requireClear(Map.of("reason", withdrawal.reason()), drawnOn); // offsets into the reason as sent
            Instant now = now();
            List<VersionRow> released = all.stream().filter(o -> o.releasedAt() != null).toList();
            recall(released, reason, viewer.userId(), now);
            for (VersionRow o : all) {
                if (ReportLifecycle.closedByWithdrawal(o.status())) {
                    store.status(o.id(), next, now, null);
                    audit.record("REPORT_WITHDRAWN", OBJECT, o.id(), views.label(o), AuditTrail.SUCCESS);
                }
            }
            if (!released.isEmpty()) {
                recalled.fire(new ReportRecalled(v.reportId(), reason, null, viewer.userId(), now));
            }
            return views.view(viewer, store.find(v.id()).orElseThrow());
        } catch (HumException e) {
            refusals.refused("REPORT_WITHDRAW", OBJECT, v.id(), views.label(v));
            throw e;
        }
    }

    /** A RECALL row against each recipient of each version given that was not recalled from it before. */
    private void recall(List<VersionRow> released, String reason, String actorId, Instant now) {
        for (VersionRow o : released) {
            Set<String> already = store.recalledFrom(o.id());
            List<String> to = recipientsOf(o).stream().filter(r -> !already.contains(r)).toList();
            store.log(DisseminationAction.RECALL, o, to, reason, actorId, now);
        }
    }

    /** The releasability a version carries besides its TLP: its partner kinds and named recipients. */
    private Set<String> markings(VersionRow v) {
        return new TreeSet<>(recipientsOf(v));
    }

    // ---- rules ----

    /** The items, each of a file the caller may see (404 otherwise), and the label they give. */
    private record Drawn(List<Source> files, List<ItemFact> items, List<ItemRef> refs, Label label) {
    }

    private Drawn drawn(Viewer viewer, ReportDraft draft) {
        Map<String, Source> byId = new LinkedHashMap<>();
        Map<String, List<ItemFact>> itemsOf = new LinkedHashMap<>();
        List<ItemFact> items = new ArrayList<>();
        for (String raw : new LinkedHashSet<>(draft.itemIds())) {
            String itemId = SourceFiles.canonical(raw);
            Optional<String> sourceId = contacts.sourceOfItem(itemId);
            if (sourceId.isEmpty()) {
                refusals.refused("REPORT_ITEM", "CONTACT_ITEM", itemId == null ? "(not an id)" : itemId, null);
                throw HumException.notFound("contact item");
            }
            Source s = byId.computeIfAbsent(sourceId.get(), sid -> files.resolve(viewer, sid, "contact item", itemId));
            List<ItemFact> ofFile = itemsOf.computeIfAbsent(s.id(), k -> subjects.items(s));
            ItemFact item = ofFile.stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                    .orElseThrow(() -> HumException.invalid("itemIds", "must name items of the current version of a submitted contact report"));
            items.add(item);
        }
        int level = byId.values().stream().mapToInt(Source::classificationLevel).max().orElse(0);
        Set<String> compartments = new TreeSet<>();
        byId.values().forEach(s -> compartments.addAll(s.label().compartments()));
        if (draft.sourceDescriptionId() != null && !draft.sourceDescriptionId().isBlank()
                && descriptions.find(draft.sourceDescriptionId()).filter(d -> d.active()).isEmpty()) {
            throw HumException.invalid("sourceDescriptionId", "must be an approved source description (GET /api/source-descriptions)");
        }
        if (Tlp.fromWire(draft.tlp()).isEmpty()) {
            throw HumException.invalid("tlp", "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
        }
        List<ItemRef> refs = items.stream().map(i -> new ItemRef(i.itemId(), i.sourceId(), i.contactId())).toList();
        return new Drawn(List.copyOf(byId.values()), items, refs, new Label(level, compartments));
    }

    /**
     * The purpose is stored as written (the dissemination log repeats it), so it is checked before
     * it is stored, not only at submission: 422 {@code report.identifying-detail}, field purpose.
     */
    private void requirePurposeClear(ReportDraft draft, Drawn drawn) {
        if (!blank(draft.purpose())) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("purpose", draft.purpose()); // offsets into the purpose as sent
            checks.requireClear(fields, drawn.refs());
        }
    }

    private VersionRow seal(Drawn drawn, ReportDraft d, String id, String reportId, int version, ReportStatus status,
                            String authorId, Instant created, Instant updated) {
        Source keyFile = drawn.files().get(0);
        DataKey key = texts.key(keyFile);
        Tlp tlp = Tlp.fromWire(d.tlp()).orElseThrow();
        List<String> kinds = d.releasableTo() == null ? List.of() : d.releasableTo().stream().distinct().map(PartnerKind::name).toList();
        // the administrators' list decides which ports are in service: a retired one is refused on a new version
        List<String> ports = portList.inService(d.ports(), "ports");
        return new VersionRow(id, reportId, version, status, drawn.label().level(), drawn.label().compartments(), tlp.wire(), kinds,
                ports, DatePrecision.valueOf(rules.current().reportDatePrecision()).cut(d.concerning()), blank(d.sourceDescriptionId()) ? null : d.sourceDescriptionId().strip(),
                blank(d.purpose()) ? null : d.purpose().strip(), authorId, created, updated, null, null, null, null, keyFile.id(),
                keyFile.dekVersion(),
                texts.seal(key, VersionRow.ENTITY, VersionRow.TITLE, id, d.title()),
                blank(d.notes()) ? null : texts.seal(key, VersionRow.ENTITY, VersionRow.NOTES, id, d.notes()),
                texts.seal(key, VersionRow.ENTITY, VersionRow.RELEASABLE_TEXT, id, d.releasableText()),
                blank(d.subject()) ? null : texts.seal(key, VersionRow.ENTITY, VersionRow.SUBJECT, id, d.subject()),
                blank(d.area()) ? null : texts.seal(key, VersionRow.ENTITY, VersionRow.AREA, id, d.area()));
    }

    private static void requireAuthor(Viewer viewer, VersionRow v) {
        if (!v.authorId().equals(viewer.userId())) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, ReportRules.STATE,
                    "Only the author of a report edits, submits or withdraws it.", "Ask its author.");
        }
    }

    /**
     * Every version of the report the named version belongs to, locked first to last, read again
     * under the lock; 404 as {@link #visible} for a version the caller may not see. Approval and
     * withdrawal each lock the whole report in one order, so the two never wait on each other
     * crosswise.
     */
    private List<VersionRow> lockedReport(Viewer viewer, String id, String action) {
        VersionRow seen = visible(viewer, id, action, false);
        return store.versionsForUpdate(seen.reportId());
    }

    private static VersionRow named(List<VersionRow> versions, String id) {
        String canonical = SourceFiles.canonical(id);
        return versions.stream().filter(o -> o.id().equals(canonical)).findFirst().orElseThrow();
    }

    /** The version, if the caller dominates its label; 404 otherwise (refusal audited). */
    private VersionRow visible(Viewer viewer, String id, String action, boolean lock) {
        String canonical = SourceFiles.canonical(id);
        Optional<VersionRow> v = canonical == null ? Optional.empty() : lock ? store.findForUpdate(canonical) : store.find(canonical);
        if (v.isEmpty() || !AccessRule.dominates(viewer, v.get().label())) {
            refusals.refusedUnseen(action, OBJECT, canonical == null ? "(not a report id)" : canonical);
            throw HumException.notFound("report");
        }
        return v.get();
    }

    private List<String> recipientsOf(VersionRow v) {
        List<String> all = new ArrayList<>(v.releasableTo());
        all.addAll(store.recipients(v.id()));
        return all;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().map(String::strip).distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
