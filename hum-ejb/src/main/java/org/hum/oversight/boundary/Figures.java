package org.hum.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Label;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.oversight.ProgrammeFigures;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.source.SourceStatus;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.oversight.control.FigureRows;
import org.hum.rules.control.SourceStanding;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The programme's figures for those who evaluate it (docs/domain.md, "Oversight"): active files
 * by compartment and by the ports of entry they are tasked at, contacts by month, their items by credibility, reports released by partner kind,
 * payments by month. Compliance reviewers and controllers; only what the reader may see is counted
 * (files by the access rule, reports by their own labels), so a hidden file or report changes no
 * figure. Every month of the period is listed, with zero where nothing happened.
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_REVIEWER_NAME, Role.CONTROLLER_NAME})
public class Figures {
    /** The longest period asked at once: five years of months. */
    static final int MAX_MONTHS = 60;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore sources;

    @Inject
    SourceStanding standings;

    @Inject
    FigureRows rows;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The figures for the months {@code from} to {@code to} ({@code YYYY-MM}, both kept); by default the last twelve. */
    public ProgrammeFigures of(String from, String to) {
        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        List<FieldError> errors = new ArrayList<>();
        YearMonth last = month("to", to, now, errors);
        YearMonth first = month("from", from, last == null ? now.minusMonths(11) : last.minusMonths(11), errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new FieldError("from", "must not be after to"));
        } else if (errors.isEmpty() && first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            errors.add(new FieldError("from", "may be at most " + MAX_MONTHS + " months before to"));
        }
        if (!errors.isEmpty()) {
            throw HumException.invalid("Fix these parameters and ask again", errors);
        }
        Viewer viewer = viewers.of(principal);
        List<Source> visible = sources.allVisible(viewer).stream().filter(s -> AccessRule.dominates(viewer, s.label())).toList();
        List<String> ids = visible.stream().map(Source::id).toList();
        Instant start = first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = last.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);

        Map<String, SourceStatus> statuses = standings.statuses(ids);
        Map<String, Long> active = new TreeMap<>();
        for (Source s : visible) {
            if (statuses.getOrDefault(s.id(), SourceStatus.ACTIVE) == SourceStatus.ACTIVE) {
                active.merge(s.compartment(), 1L, Long::sum);
            }
        }
        Set<String> activeIds = new HashSet<>();
        visible.stream().filter(s -> statuses.getOrDefault(s.id(), SourceStatus.ACTIVE) == SourceStatus.ACTIVE)
                .forEach(s -> activeIds.add(s.id()));
        Map<String, Set<String>> byPort = new TreeMap<>();
        for (Object[] t : rows.openTaskingPorts(activeIds)) {
            List<String> at = t[1] != null ? List.of((String) t[1])
                    : ((String) t[2]).isEmpty() ? List.of() : List.of(((String) t[2]).split(","));
            for (String port : at) {
                byPort.computeIfAbsent(port, k -> new HashSet<>()).add((String) t[0]);
            }
        }
        Map<String, Long> activeByPort = new TreeMap<>();
        byPort.forEach((port, files) -> activeByPort.put(port, (long) files.size()));
        Map<String, Long> contacts = months(first, last);
        rows.contactsByMonth(ids, start, end).forEach((m, n) -> contacts.merge(m, n, Long::sum));
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (PartnerKind k : PartnerKind.values()) {
            byKind.put(k.name(), 0L);
        }
        Map<String, Set<String>> reportsByKind = new TreeMap<>();
        for (Object[] r : rows.releases(start, end)) {
            Label label = new Label(((Number) r[1]).intValue(), new HashSet<>(Arrays.asList(((String) r[2]).split(","))));
            if (!AccessRule.dominates(viewer, label)) {
                continue;
            }
            String kind = byKind.containsKey((String) r[3]) ? (String) r[3] : (String) r[4];
            if (kind != null) {
                reportsByKind.computeIfAbsent(kind, k -> new HashSet<>()).add((String) r[0]);
            }
        }
        reportsByKind.forEach((k, reports) -> byKind.put(k, (long) reports.size()));
        List<ProgrammeFigures.Amount> payments = new ArrayList<>();
        for (Object[] p : rows.paymentsByMonth(ids, first.atDay(1), last.plusMonths(1).atDay(1))) {
            payments.add(new ProgrammeFigures.Amount((String) p[0], (String) p[1], (long) p[2], (BigDecimal) p[3]));
        }
        audit.record("PROGRAMME_FIGURES_READ", "PROGRAMME", null, null, AuditTrail.SUCCESS);
        return new ProgrammeFigures(first.toString(), last.toString(), counts(active), counts(activeByPort), counts(contacts),
                counts(rows.itemsByCredibility(ids, start, end)), counts(byKind), payments);
    }

    private static YearMonth month(String field, String value, YearMonth otherwise, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth m = YearMonth.parse(value.strip());
            if (m.getYear() < 1970 || m.getYear() > 9999) {
                errors.add(new FieldError(field, "must be a month between 1970-01 and 9999-12"));
                return null;
            }
            return m;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a month as YYYY-MM, for example 2026-11"));
            return null;
        }
    }

    private static Map<String, Long> months(YearMonth first, YearMonth last) {
        Map<String, Long> out = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.put(m.toString(), 0L);
        }
        return out;
    }

    private static List<ProgrammeFigures.Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new ProgrammeFigures.Count(e.getKey(), e.getValue())).toList();
    }
}
