package org.hum.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Label;
import org.hum.access.control.Usernames;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.api.Role;
import org.hum.api.dashboard.FileLink;
import org.hum.api.dashboard.NewWorkspaceMark;
import org.hum.api.dashboard.PageLinks;
import org.hum.api.dashboard.WorkspaceLineView;
import org.hum.api.dashboard.WorkspaceMarkView;
import org.hum.api.dashboard.WorkspaceView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.control.AuthorisationDeadlines;
import org.hum.config.control.HumConfig;
import org.hum.config.control.RuleClock;
import org.hum.dashboard.control.DueLists;
import org.hum.dashboard.control.Urgency;
import org.hum.dashboard.control.WorkspaceMarks;
import org.hum.dashboard.entity.DueItem;
import org.hum.dashboard.entity.WorkspaceMark;
import org.hum.oversight.control.ErrorDeadlines;
import org.hum.prospect.control.Prospects;
import org.hum.vetting.control.VettingDeadlines;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance workspace (docs/domain.md, "Oversight"): on one page, what a reviewer works
 * through: reviews, renewals and validations due or overdue, prospects drifting, tenure gaming,
 * relevant errors to report, and the compliance findings of the dashboards (payments to sources
 * not active, contacts without a report, taskings outside an authorisation). Each line links to
 * where it is dealt with and can be marked as seen with a note, kept and audited. Only lines of
 * files (and prospects) the reviewer may see, as on the dashboards.
 */
@Stateless
@RolesAllowed(Role.COMPLIANCE_REVIEWER_NAME)
public class Workspace {
    /** The due-list kinds the workspace shows, by group; due soon only where the group says so. */
    static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry(AuthorisationDeadlines.REVIEW_DUE, "REVIEWS"),
            Map.entry(VettingDeadlines.ENHANCED_REVIEW_DUE, "REVIEWS"),
            Map.entry(AuthorisationDeadlines.EXPIRES, "RENEWALS"),
            Map.entry(AuthorisationDeadlines.OIA_EXPIRES, "RENEWALS"),
            Map.entry(AuthorisationDeadlines.CANCELLATION_DUE, "RENEWALS"),
            Map.entry(VettingDeadlines.VALIDATION_DUE, "VALIDATIONS"),
            Map.entry(Prospects.DRIFT_KIND, "STATUS_DRIFT"),
            Map.entry(VettingDeadlines.TENURE_GAMING, "TENURE_GAMING"),
            Map.entry(ErrorDeadlines.DUE, "ERRORS"));
    /** Groups whose lines show from the first day of the due window; the others once due today or overdue. */
    static final Set<String> EARLY = Set.of("STATUS_DRIFT", "TENURE_GAMING", "ERRORS");

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    DueLists lists;

    @Inject
    Instance<DashboardContributor> contributors;

    @Inject
    WorkspaceMarks marks;

    @Inject
    Usernames usernames;

    @Inject
    HumConfig config;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A line before it is shown: its label decides who sees it. */
    record Line(String key, String group, String kind, String objectType, String objectId, String sourceId,
                String summary, LocalDate on, Urgency urgency, FileLink target, Label label) {
        String prospectId() {
            return sourceId == null && "PROSPECT".equals(objectType) ? objectId : null;
        }
    }

    public WorkspaceView mine(PageLinks links) {
        Viewer viewer = viewers.of(principal);
        LocalDate today = today();
        List<Line> lines = lines(viewer, today);
        Map<String, List<WorkspaceMark>> marked = marks.of(lines.stream().map(Line::key).toList());
        Usernames.Lookup names = usernames.lookup();
        List<WorkspaceLineView> out = new ArrayList<>();
        int unseen = 0;
        for (Line l : lines) {
            List<WorkspaceMarkView> seen = marked.getOrDefault(l.key(), List.of()).stream()
                    .map(m -> new WorkspaceMarkView(names.of(m.markedBy()), m.markedAt(), marks.note(m)))
                    .toList();
            if (seen.isEmpty()) {
                unseen++;
            }
            out.add(new WorkspaceLineView(l.key(), l.group(), l.kind(), l.objectType(), l.objectId(), l.sourceId(),
                    l.summary(), l.on(), l.urgency() == null ? null : l.urgency().name(),
                    l.target() == null ? null : links.href(l.target()), seen));
        }
        audit.record("WORKSPACE_READ", "WORKSPACE", null, null, AuditTrail.SUCCESS);
        return new WorkspaceView(today, out, unseen);
    }

    /**
     * Marks a line the reviewer sees now as seen, with a note: 404 for a key that names no line of
     * their workspace (a line of a file they may not see is such a key).
     */
    public WorkspaceView mark(@NotNull @Valid NewWorkspaceMark mark, PageLinks links) {
        Viewer viewer = viewers.of(principal);
        Line line = lines(viewer, today()).stream().filter(l -> l.key().equals(mark.key().strip())).findFirst()
                .orElseThrow(() -> HumException.notFound("workspace line"));
        if (line.sourceId() == null && line.prospectId() == null) {
            // a finding about a person, not a file (deconfliction anomalies): no file's key to keep a note under
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "workspace.line-without-file",
                    "This line concerns no file or prospect, so a note about it cannot be kept here.",
                    "Act on it from the dashboard, and record a relevant error in the error register if one was made.");
        }
        marks.add(line.key(), line.sourceId(), line.prospectId(), mark.note(), viewer.userId(), clock.instant());
        audit.record("WORKSPACE_LINE_SEEN", line.objectType(), line.objectId(),
                AuditTrail.label(config.levels().nameOf(line.label().level()), line.label().compartments()), AuditTrail.SUCCESS);
        return mine(links);
    }

    List<Line> lines(Viewer viewer, LocalDate today) {
        List<Line> out = new ArrayList<>();
        for (DueItem d : lists.shown(today, viewer.clearanceLevel(), null)) {
            String group = GROUPS.get(d.kind());
            if (group == null || !AccessRule.dominates(viewer, d.label())) {
                continue;
            }
            var urgency = Urgency.of(d.dueOn(), today);
            if (urgency.isEmpty() || (urgency.get() == Urgency.DUE_SOON && !EARLY.contains(group))) {
                continue;
            }
            out.add(new Line(key(d.kind(), d.objectType(), d.objectId(), d.dueOn()), group, d.kind(), d.objectType(),
                    d.objectId(), d.sourceId(), d.summary(), d.dueOn(), urgency.get(), target(group, d.sourceId()),
                    d.label()));
        }
        DashboardScope scope = new DashboardScope(viewer, clock.instant(), today, EnumSet.of(Audience.COMPLIANCE), Set.of());
        for (DashboardContributor contributor : contributors) {
            for (DashboardSection section : contributor.sections(scope)) {
                if (section.audience() != Audience.COMPLIANCE) {
                    continue;
                }
                for (DashboardEntry e : whole(contributor, section, viewer, today)) {
                    if (AccessRule.dominates(viewer, e.label())) {
                        out.add(new Line(key(e.kind(), e.objectType(), e.objectId(), e.on()), section.key(), e.kind(),
                                e.objectType(), e.objectId(), e.sourceId(), e.summary(), e.on(), null,
                                e.target() != null ? e.target() : e.sourceId() == null ? null
                                        : FileLink.to(FileLink.Page.FILE, e.sourceId()), e.label()));
                    }
                }
            }
        }
        // overdue first, then by day; findings (no urgency) after the deadlines of the same day
        out.sort(Comparator.comparing((Line l) -> l.urgency() == null ? 1 : l.urgency() == Urgency.OVERDUE ? 0 : 2)
                .thenComparing(Line::on, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::group).thenComparing(Line::key));
        return out;
    }

    /**
     * Every line of a compliance list: a list the dashboard pages in SQL (its total counts more
     * lines than it shows) is read here page after page, as the workspace shows each line to mark.
     */
    private List<DashboardEntry> whole(DashboardContributor contributor, DashboardSection first, Viewer viewer, LocalDate today) {
        List<DashboardEntry> all = new ArrayList<>(first.entries());
        if (first.total() == null) {
            return all;
        }
        long total = first.total();
        boolean atLeast = first.totalAtLeast();
        for (int from = DashboardSectionView.MAX_ENTRIES; from < total || atLeast; from += DashboardSectionView.MAX_ENTRIES) {
            DashboardScope next = new DashboardScope(viewer, clock.instant(), today, EnumSet.of(Audience.COMPLIANCE), Set.of(),
                    first.key(), from);
            DashboardSection page = contributor.sections(next).stream().filter(s -> s.key().equals(first.key())).findFirst()
                    .orElse(null);
            if (page == null || page.entries().isEmpty()) {
                break;
            }
            all.addAll(page.entries());
            total = page.total() == null ? total : page.total();
            atLeast = page.totalAtLeast();
        }
        return all;
    }

    static String key(String kind, String objectType, String objectId, LocalDate on) {
        return kind + ":" + objectType + ":" + objectId + ":" + (on == null ? "-" : on);
    }

    private static FileLink target(String group, String sourceId) {
        if (sourceId == null) {
            return null;
        }
        return switch (group) {
            case "REVIEWS", "RENEWALS" -> FileLink.to(FileLink.Page.AUTHORISATIONS, sourceId);
            case "VALIDATIONS", "TENURE_GAMING" -> FileLink.to(FileLink.Page.VALIDATION, sourceId);
            default -> FileLink.to(FileLink.Page.FILE, sourceId);
        };
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
