package org.hum.dashboard.boundary;

import org.hum.access.control.Label;
import org.hum.access.control.Viewer;
import org.hum.api.Role;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.api.dashboard.FileLink;
import org.hum.api.dashboard.PageLinks;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard shows a feature's lines only to the audiences they are for, and never a line of a file the caller may not see. */
class DashboardSectionsTest {
    private static final Label COPPER_2 = Label.of(2, "COPPER");
    private static final Label MESA_2 = Label.of(2, "MESA");
    private static final Label COPPER_4 = Label.of(4, "COPPER");

    private static DashboardEntry entry(String source, Label label) {
        return new DashboardEntry("K", "TASKING", "t-" + source, source, "T-" + source, LocalDate.of(2026, 1, 1),
                FileLink.to(FileLink.Page.TASKINGS, source), label);
    }

    private static final DashboardContributor FEATURE = scope -> List.of(
            new DashboardSection("MINE", "Mine", Audience.HANDLER,
                    List.of(entry("s1", COPPER_2), entry("s2", COPPER_2), entry("s3", MESA_2))),
            new DashboardSection("SUPERVISE", "Supervise", Audience.SUPERVISION,
                    List.of(entry("s1", COPPER_2), entry("s3", MESA_2), entry("s4", COPPER_4))),
            new DashboardSection("COMPLY", "Comply", Audience.COMPLIANCE, List.of(entry("s2", COPPER_2))));

    /** The web tier's part: a typed target made a link. */
    private static final PageLinks LINKS = target -> target.page() + ":" + target.sourceId();

    private static List<DashboardSectionView> sections(Viewer viewer, Set<String> handled) {
        return Dashboards.sections(new DashboardScope(viewer, Instant.EPOCH, LocalDate.of(2026, 1, 1), Audience.of(viewer),
                handled), List.of(FEATURE), LINKS);
    }

    private static List<String> sources(DashboardSectionView s) {
        return s.entries().stream().map(e -> e.sourceId()).toList();
    }

    @Test
    void aCaseOfficerSeesOnlyTheHandlerSectionAndOnlyTheFilesTheyHandleAndMaySee() {
        Viewer officer = new Viewer("u", "officer", 3, Set.of("COPPER"), Set.of(Role.CASE_OFFICER_NAME));
        List<DashboardSectionView> s = sections(officer, Set.of("s1", "s3"));
        assertEquals(1, s.size());
        assertEquals("MINE", s.get(0).key());
        assertEquals("HANDLER", s.get(0).audience());
        // s2 is not theirs; s3 is theirs by a grant but in a compartment they lack
        assertEquals(List.of("s1"), sources(s.get(0)));
        assertEquals("TASKINGS:s1", s.get(0).entries().get(0).link(), "the caller's links make the target a link");
    }

    @Test
    void aControllerSeesSupervisionLinesUpToTheirClearanceAndCompartmentsOnly() {
        Viewer controller = new Viewer("c", "controller", 3, Set.of("COPPER", "MESA"), Set.of(Role.CONTROLLER_NAME));
        List<DashboardSectionView> s = sections(controller, Set.of());
        assertEquals(List.of("SUPERVISE"), s.stream().map(DashboardSectionView::key).toList());
        assertEquals(List.of("s1", "s3"), sources(s.get(0)), "the level-4 file is above a level-3 clearance");
    }

    @Test
    void aReviewerSeesTheComplianceSectionOnly() {
        Viewer reviewer = new Viewer("r", "reviewer", 4, Set.of("COPPER"), Set.of(Role.COMPLIANCE_REVIEWER_NAME));
        List<DashboardSectionView> s = sections(reviewer, Set.of());
        assertEquals(List.of("COMPLY"), s.stream().map(DashboardSectionView::key).toList());
        assertEquals(List.of("s2"), sources(s.get(0)));
    }

    @Test
    void anAdministratorGetsNoSection() {
        Viewer admin = new Viewer("a", "admin", 4, Set.of("COPPER", "MESA"), Set.of(Role.ADMIN_NAME));
        assertTrue(sections(admin, Set.of()).isEmpty());
    }

    @Test
    void aLongSectionShowsItsFirstHundredLinesAndCountsThemAll() {
        Viewer controller = new Viewer("c", "controller", 3, Set.of("COPPER", "MESA"), Set.of(Role.CONTROLLER_NAME));
        java.util.List<DashboardEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(entry("s" + i, i % 2 == 0 ? COPPER_2 : COPPER_4)); // half above the controller's clearance
        }
        DashboardSectionView s = Dashboards.sections(new DashboardScope(controller, Instant.EPOCH, LocalDate.of(2026, 1, 1),
                Audience.of(controller), Set.of()),
                List.<DashboardContributor>of(scope -> List.of(new DashboardSection("LONG", "Long", Audience.SUPERVISION, many))), PageLinks.NONE)
                .get(0);
        assertEquals(125, s.total(), "the hidden lines are not counted");
        assertEquals(DashboardSectionView.MAX_ENTRIES, s.entries().size());
        assertEquals("s0", s.entries().get(0).sourceId(), "the feature's order is kept");
    }

    @Test
    void aLongListIsReadFromTheLineAskedForAndAListPagedInSqlKeepsItsCount() {
        Viewer controller = new Viewer("c", "controller", 3, Set.of("COPPER", "MESA"), Set.of(Role.CONTROLLER_NAME));
        java.util.List<DashboardEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(entry("s" + i, i % 2 == 0 ? COPPER_2 : COPPER_4)); // 125 visible
        }
        List<DashboardEntry> page = List.of(entry("p200", COPPER_2), entry("p201", COPPER_4), entry("p202", COPPER_2));
        DashboardContributor feature = scope -> List.of(new DashboardSection("LONG", "Long", Audience.SUPERVISION, many),
                DashboardSection.paged("PAGED", "Paged", Audience.SUPERVISION, page, 210, true));
        List<DashboardSectionView> s = Dashboards.sections(new DashboardScope(controller, Instant.EPOCH, LocalDate.of(2026, 1, 1),
                Audience.of(controller), Set.of(), "LONG", 100), List.of(feature), PageLinks.NONE);
        DashboardSectionView longList = s.get(0);
        assertEquals("LONG", longList.key());
        assertEquals(100, longList.from());
        assertEquals(125, longList.total());
        assertEquals(25, longList.entries().size(), "the lines after the first hundred");
        assertEquals("s200", longList.entries().get(0).sourceId(), "the 101st visible line, in the feature's order");

        DashboardSectionView paged = s.get(1);
        assertEquals(0, paged.from(), "another list starts at its first line");
        assertEquals(List.of("p200", "p202"), sources(paged), "a line of a paged list is still checked");
        assertEquals(209, paged.total(), "the count found in SQL, less the line the check hid");
        assertTrue(paged.totalAtLeast(), "a count that stopped says so");
        assertFalse(longList.totalAtLeast());
    }
}
