package org.hum.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.dashboard.DashboardView;
import org.hum.api.error.HumException;
import org.hum.api.dashboard.DueItemView;
import org.hum.api.dashboard.DueListCount;
import org.hum.audit.control.AuditTrail;
import org.hum.api.dashboard.DashboardEntryView;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.api.dashboard.PageLinks;
import org.hum.dashboard.control.DueLists;
import org.hum.dashboard.control.Urgency;
import org.hum.dashboard.entity.DueItem;
import org.hum.config.control.RuleClock;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caller's due list. A case officer sees the lines of the sources they handle (a HANDLER
 * identity grant); a controller, authorising officer or compliance reviewer those of every file
 * they may see. Never a line whose label the caller does not dominate, and no count of hidden
 * lines. Urgency is re-read by the rule clock's day. The features' own lists
 * ({@link DashboardContributor}) follow the same rule: the caller's audiences only, entries of
 * files they may not see dropped, HANDLER entries only for the files they handle.
 */
@Stateless
public class Dashboards {
    static final Set<String> OVERSIGHT = Set.of(Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME);

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    DueLists lists;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<DashboardContributor> contributors;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public DashboardView mine(PageLinks links) {
        return mine(links, null, 0);
    }

    /**
     * The caller's dashboard, with the list {@code section} from its line {@code from} (0-based;
     * a hundred lines at most, as every list): a list longer than a hundred lines is read page by
     * page. A section the caller's dashboard does not have, or a negative line, is refused (400).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public DashboardView mine(PageLinks links, String section, int from) {
        if (from < 0) {
            throw HumException.invalid("from", "must be 0 or more (the first line of the list is 0)");
        }
        if (section == null && from != 0) {
            throw HumException.invalid("section", "names the list to read from line " + from
                    + " (the key of one of your dashboard's sections)");
        }
        Viewer viewer = viewers.of(principal);
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        boolean oversight = viewer.roles().stream().anyMatch(OVERSIGHT::contains);
        boolean handler = viewer.hasRole(Role.CASE_OFFICER_NAME);
        Set<String> handled = handler ? handled(viewer) : Set.of();
        List<String> scope = new ArrayList<>();
        if (handler) {
            scope.add("HANDLED");
        }
        if (oversight) {
            scope.add("VISIBLE");
        }
        Map<String, DueListCount> counts = new LinkedHashMap<>();
        Map<Urgency, List<DueItemView>> due = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            int start = urgency.name().equals(section) ? from : 0;
            DueLists.Page page = lists.page(today, urgency, viewer.clearanceLevel(), viewer.compartments(),
                    oversight ? null : viewer.userId(), start, DashboardSectionView.MAX_ENTRIES);
            List<DueItemView> shown = new ArrayList<>();
            for (DueItem d : page.lines()) {
                // SQL found them by the same rule: a line that fails it here is never shown
                if (!AccessRule.dominates(viewer, d.label())
                        || !oversight && (d.sourceId() == null || !handled.contains(d.sourceId()))) {
                    continue;
                }
                shown.add(new DueItemView(d.kind(), d.objectType(), d.objectId(), d.sourceId(), d.summary(), d.dueOn(),
                        urgency.name()));
            }
            due.put(urgency, shown);
            int dropped = page.lines().size() - shown.size(); // none, unless the SQL and this check disagree
            counts.put(urgency.name(), new DueListCount(Math.max(shown.size(), page.total() - dropped), start, page.atLeast()));
        }
        List<DashboardSectionView> sections = sections(new DashboardScope(viewer, clock.instant(), today,
                Audience.of(viewer), handled, section, from), links);
        if (section != null && !DashboardView.DUE_LISTS.contains(section) && sections.stream().noneMatch(s -> s.key().equals(section))) {
            throw HumException.invalid("section", "is not a list on your dashboard: use OVERDUE, DUE_TODAY, DUE_SOON or the key of one of its sections");
        }
        audit.record("DASHBOARD_READ", "DASHBOARD", null, null, AuditTrail.SUCCESS);
        return new DashboardView(today, Urgency.WINDOW_DAYS, scope, due.get(Urgency.OVERDUE), due.get(Urgency.DUE_TODAY),
                due.get(Urgency.DUE_SOON), counts, sections);
    }

    /** Every contributor's sections for the caller's audiences, each entry re-checked against the caller. */
    List<DashboardSectionView> sections(DashboardScope scope, PageLinks links) {
        return sections(scope, contributors, links);
    }

    /** As above, over the given contributors (the container's, or a test's). */
    static List<DashboardSectionView> sections(DashboardScope scope, Iterable<DashboardContributor> contributors,
                                                PageLinks links) {
        List<DashboardSectionView> sections = new ArrayList<>();
        for (DashboardContributor contributor : contributors) {
            for (DashboardSection section : contributor.sections(scope)) {
                if (!scope.includes(section.audience())) {
                    continue;
                }
                List<DashboardEntryView> entries = new ArrayList<>();
                for (DashboardEntry e : section.entries()) {
                    if (!AccessRule.dominates(scope.viewer(), e.label())) {
                        continue;
                    }
                    if (section.audience() == Audience.HANDLER
                            && (e.sourceId() == null || !scope.handledSourceIds().contains(e.sourceId()))) {
                        continue;
                    }
                    entries.add(new DashboardEntryView(e.kind(), e.objectType(), e.objectId(), e.sourceId(), e.summary(),
                            e.on(), e.target() == null ? null : links.href(e.target())));
                }
                int from = scope.from(section.key());
                List<DashboardEntryView> shown;
                int total;
                if (section.total() == null) {
                    // every line came: show the asked-for hundred of them
                    total = entries.size();
                    shown = entries.subList(Math.min(from, total), Math.min(total, from + DashboardSectionView.MAX_ENTRIES));
                } else {
                    // a page found and counted in SQL, already starting at from; a line the re-check hid leaves the count
                    int hidden = section.entries().size() - entries.size();
                    total = (int) Math.max(from + entries.size(), Math.min(Integer.MAX_VALUE, section.total() - hidden));
                    shown = entries.subList(0, Math.min(entries.size(), DashboardSectionView.MAX_ENTRIES));
                }
                sections.add(new DashboardSectionView(section.key(), section.title(), section.audience().name(),
                        List.copyOf(shown), total, from, section.totalAtLeast()));
            }
        }
        sections.sort(Comparator.comparing(DashboardSectionView::audience).thenComparing(DashboardSectionView::key));
        return List.copyOf(sections);
    }

    private Set<String> handled(Viewer viewer) {
        return new HashSet<>(em.createQuery("select g.sourceId from IdentityGrant g where g.userId = :u "
                + "and g.grantRole = 'HANDLER'", String.class).setParameter("u", viewer.userId()).getResultList());
    }
}
