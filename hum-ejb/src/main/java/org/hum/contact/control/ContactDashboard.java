package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.contact.entity.ContactDraft;
import org.hum.contact.entity.WelfareAlert;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.api.dashboard.FileLink;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contact feature's dashboard lists: a case officer's own drafts (CONTACT_DRAFTS); the
 * open welfare and security alerts for controllers and authorising officers (WELFARE_ALERTS);
 * for compliance, planned contacts whose day passed with no contact reported on or after it, and
 * drafts left unsubmitted for more than {@link ContactRules#DRAFT_STALE_AFTER}
 * (CONTACTS_WITHOUT_REPORT: the plans by planned instant, then the drafts by creation, a page of
 * {@link DashboardSectionView#MAX_ENTRIES} found and counted in SQL, {@link ContactState#withoutReport}). Due contacts are on the due list ({@link ContactDeadlines}). The
 * dashboard drops every entry the caller may not see.
 */
@ApplicationScoped
public class ContactDashboard implements DashboardContributor {
    public static final String CONTACT_DRAFTS = "CONTACT_DRAFTS";
    public static final String WELFARE_ALERTS = "WELFARE_ALERTS";
    public static final String CONTACTS_WITHOUT_REPORT = "CONTACTS_WITHOUT_REPORT";

    @Inject
    ContactRecords records;

    @Inject
    ContactState state;

    @Inject
    SourceStore sources;

    @Override
    public List<DashboardSection> sections(DashboardScope scope) {
        List<DashboardSection> out = new ArrayList<>();
        Map<String, Optional<Source>> files = new HashMap<>();
        if (scope.includes(Audience.HANDLER)) {
            List<DashboardEntry> entries = new ArrayList<>();
            for (ContactDraft d : records.draftsOf(scope.viewer().userId())) {
                file(files, d.sourceId()).ifPresent(s -> entries.add(new DashboardEntry("CONTACT_DRAFT", "CONTACT_DRAFT",
                        d.clientId(), s.id(), s.codeName() + ": contact report draft, last saved " + d.updatedAt(),
                        ContactRules.day(d.updatedAt()), new FileLink(FileLink.Page.CONTACTS, s.id(), d.clientId()),
                        s.label())));
            }
            out.add(new DashboardSection(CONTACT_DRAFTS, "Your contact report drafts", Audience.HANDLER, entries));
        }
        if (scope.includes(Audience.SUPERVISION)) {
            ContactRecords.AlertPage page = records.openAlertsPage(scope.viewer(), scope.from(WELFARE_ALERTS),
                    DashboardSectionView.MAX_ENTRIES);
            sources.unrestricted(page.alerts().stream().map(WelfareAlert::sourceId).collect(Collectors.toSet()))
                    .forEach((id, s) -> files.put(id, Optional.of(s).filter(f -> !f.isDestroyed())));
            List<DashboardEntry> entries = new ArrayList<>();
            for (WelfareAlert a : page.alerts()) {
                file(files, a.sourceId()).ifPresent(s -> entries.add(new DashboardEntry("WELFARE_ALERT", "WELFARE_ALERT",
                        a.id(), s.id(), s.codeName() + ": " + (a.welfare() && a.security() ? "welfare and security concerns"
                        : a.welfare() ? "welfare concern" : "security concern") + " raised at a contact",
                        ContactRules.day(a.raisedAt()), FileLink.to(FileLink.Page.CONTACTS, s.id()), s.label())));
            }
            out.add(DashboardSection.paged(WELFARE_ALERTS, "Welfare and security alerts", Audience.SUPERVISION, entries,
                    Math.max(entries.size(), page.total() - (page.alerts().size() - entries.size())), page.atLeast()));
        }
        if (scope.includes(Audience.COMPLIANCE)) {
            Instant staleBefore = scope.now().minus(ContactRules.DRAFT_STALE_AFTER);
            ContactState.WithoutReportPage page = state.withoutReport(scope.viewer(), scope.today(), staleBefore,
                    scope.from(CONTACTS_WITHOUT_REPORT), DashboardSectionView.MAX_ENTRIES);
            prefetch(files, page.lines().stream().map(l -> l.plan() != null ? l.plan().sourceId() : l.draft().sourceId())
                    .collect(Collectors.toSet()));
            Instant dayStart = scope.today().atStartOfDay(ZoneOffset.UTC).toInstant();
            List<DashboardEntry> entries = new ArrayList<>();
            for (ContactState.WithoutReport line : page.lines()) {
                ContactRules.Contact c = line.plan();
                ContactDraft d = line.draft();
                // SQL chose them by these conditions: a line that fails them here is never shown
                if (c != null && c.nextContactAt().isBefore(dayStart)) {
                    file(files, c.sourceId()).ifPresent(s -> entries.add(new DashboardEntry("CONTACT_WITHOUT_REPORT",
                            "CONTACT_REPORT", c.reportId(), s.id(), s.codeName() + ": contact planned for "
                            + ContactRules.day(c.nextContactAt()) + ", no contact reported since",
                            ContactRules.day(c.nextContactAt()), FileLink.to(FileLink.Page.CONTACTS, s.id()), s.label())));
                } else if (d != null && d.createdAt().isBefore(staleBefore)) {
                    file(files, d.sourceId()).ifPresent(s -> entries.add(new DashboardEntry("CONTACT_DRAFT_UNSUBMITTED",
                            "CONTACT_DRAFT", d.id(), s.id(), s.codeName() + ": contact report draft unsubmitted since "
                            + ContactRules.day(d.createdAt()), ContactRules.day(d.createdAt()),
                            FileLink.to(FileLink.Page.CONTACTS, s.id()), s.label())));
                }
            }
            out.add(DashboardSection.paged(CONTACTS_WITHOUT_REPORT, "Contacts without a report", Audience.COMPLIANCE, entries,
                    Math.max(entries.size(), page.total() - (page.lines().size() - entries.size())), page.atLeast()));
        }
        return out;
    }

    /** Reads the files of the lines to come in one statement, beside those read already (not one a line). */
    private void prefetch(Map<String, Optional<Source>> cache, Set<String> sourceIds) {
        Set<String> missing = new HashSet<>(sourceIds);
        missing.removeAll(cache.keySet());
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Source> found = sources.unrestricted(missing);
        for (String id : missing) {
            cache.put(id, Optional.ofNullable(found.get(id)).filter(f -> !f.isDestroyed()));
        }
    }

    private Optional<Source> file(Map<String, Optional<Source>> cache, String sourceId) {
        return cache.computeIfAbsent(sourceId, id -> sources.unrestricted(id).filter(s -> !s.isDestroyed()));
    }
}
