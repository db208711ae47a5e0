package org.hum.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.oversight.CoverageLine;
import org.hum.api.oversight.CoverageView;
import org.hum.api.oversight.ProgrammeFigures;
import org.hum.api.tasking.Priority;
import org.hum.api.tasking.RequirementStatus;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.Ports;
import org.hum.config.control.RuleClock;
import org.hum.oversight.control.CoverageRows;
import org.hum.reporting.control.ReportStore;
import org.hum.source.control.SourceStore;
import org.hum.tasking.control.TaskingStore;
import org.hum.tasking.control.TaskingTransitions;
import org.hum.tasking.entity.IntelligenceRequirement;
import org.hum.tasking.entity.Tasking;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Source coverage of the priority requirements (docs/domain.md, "Oversight"): per open requirement
 * the reader may see, the files tasked against it and the items that answered it in the last 30,
 * 90 and 365 days with their grades; the CRITICAL and HIGH requirements with no source tasked or
 * no answer in 90 days first. Only the files the reader may see are counted, and a requirement of a
 * compartment they do not hold is neither listed nor counted. Compliance reviewers and controllers.
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_REVIEWER_NAME, Role.CONTROLLER_NAME})
public class Coverage {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    TaskingStore taskings;

    @Inject
    SourceStore sources;

    @Inject
    CoverageRows rows;

    @Inject
    Ports ports;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The coverage, filtered by {@code port} (a code), {@code priority} and {@code compartment}; each may be null. */
    public CoverageView of(String port, String priority, String compartment) {
        List<FieldError> errors = new ArrayList<>();
        String portCode = null;
        if (port != null && !port.isBlank()) {
            portCode = ports.find(port.length() > 32 ? null : port).map(p -> p.code()).orElse(null);
            if (portCode == null) {
                errors.add(new FieldError("port", "names no port of entry; GET /api/ports-of-entry lists their codes"));
            }
        }
        Priority wanted = null;
        if (priority != null && !priority.isBlank()) {
            try {
                wanted = Priority.valueOf(priority.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("priority", "must be CRITICAL, HIGH, MEDIUM or LOW"));
            }
        }
        if (compartment != null && !compartment.isBlank() && !CODE.matcher(compartment.strip()).matches()) {
            errors.add(new FieldError("compartment", "must be a compartment code: letters, digits, _ or -, at most 32"));
        }
        if (!errors.isEmpty()) {
            throw HumException.invalid("Fix these parameters and ask again", errors);
        }
        Viewer viewer = viewers.of(principal);
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        String onlyCompartment = compartment == null || compartment.isBlank() ? null : compartment.strip().toUpperCase(Locale.ROOT);
        String onlyPort = portCode;
        Priority onlyPriority = wanted;
        List<IntelligenceRequirement> visible = taskings.requirementsIn(viewer.compartments()).stream()
                .filter(r -> AccessRule.dominates(viewer, r.label()))
                .filter(r -> r.status() == RequirementStatus.OPEN)
                .filter(r -> onlyCompartment == null || onlyCompartment.equals(r.compartment()))
                .filter(r -> onlyPriority == null || r.priority() == onlyPriority)
                .filter(r -> onlyPort == null || r.ports().contains(onlyPort))
                .toList();
        List<String> ids = visible.stream().map(IntelligenceRequirement::id).toList();
        Set<String> seen = new HashSet<>(sources.visibleIds(viewer));

        Map<String, Set<String>> tasked = new HashMap<>();
        for (Tasking t : taskings.openAnswering(ids)) {
            if (!TaskingTransitions.expires(t.status(), t.dueOn(), today) && seen.contains(t.sourceId())) {
                tasked.computeIfAbsent(t.requirementId(), k -> new HashSet<>()).add(t.sourceId());
            }
        }
        Map<String, long[]> answered = new HashMap<>();
        Map<String, Map<String, Long>> grades = new HashMap<>();
        for (Object[] a : rows.answers(ids, now.minus(Duration.ofDays(365)))) {
            if (!seen.contains((String) a[1])) {
                continue;
            }
            Instant at = ReportStore.instant(a[2]);
            long[] n = answered.computeIfAbsent((String) a[0], k -> new long[3]);
            n[2]++;
            if (!at.isBefore(now.minus(Duration.ofDays(90)))) {
                n[1]++;
            }
            if (!at.isBefore(now.minus(Duration.ofDays(30)))) {
                n[0]++;
            }
            grades.computeIfAbsent((String) a[0], k -> new TreeMap<>()).merge((String) a[3], 1L, Long::sum);
        }
        List<CoverageLine> lines = new ArrayList<>();
        for (IntelligenceRequirement r : visible) {
            long[] n = answered.getOrDefault(r.id(), new long[3]);
            int sourcesTasked = tasked.getOrDefault(r.id(), Set.of()).size();
            boolean priorityOne = r.priority() == Priority.CRITICAL || r.priority() == Priority.HIGH;
            lines.add(new CoverageLine(r.id(), r.reference(), r.title(), r.priority(), r.compartment(), r.ports(),
                    sourcesTasked, n[0], n[1], n[2], grades.getOrDefault(r.id(), Map.of()).entrySet().stream()
                    .map(e -> new ProgrammeFigures.Count(e.getKey(), e.getValue())).toList(),
                    priorityOne && (sourcesTasked == 0 || n[1] == 0)));
        }
        lines.sort(Comparator.comparing((CoverageLine l) -> !l.uncovered()).thenComparing(CoverageLine::priority)
                .thenComparing(CoverageLine::reference));
        audit.record("COVERAGE_READ", "REQUIREMENT", null, null, AuditTrail.SUCCESS);
        return new CoverageView(today, List.copyOf(lines));
    }
}
