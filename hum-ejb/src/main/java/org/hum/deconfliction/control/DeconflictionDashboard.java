package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.Label;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.deconfliction.control.CheckLimits.Day;
import org.hum.deconfliction.entity.CheckRefusal;
import org.hum.rules.control.Rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compliance reviewers' list of deconfliction anomalies (docs/domain.md, "Deconfliction
 * checks"): over the last {@link #DAYS} UTC days, each person and day that reached the daily
 * limit, made a burst of checks or had repeated matches (of checks and of registrations). A line names the person, the day and
 * counts only: never whom they checked, nor which file matched. It concerns no file, so it carries
 * the lowest label: every compliance reviewer sees it.
 */
@ApplicationScoped
public class DeconflictionDashboard implements DashboardContributor {
    public static final String ANOMALIES = "DECONFLICTION_ANOMALIES";
    /** How many days back the list looks, today included. */
    static final int DAYS = 7;
    private static final Label ANYONE = new Label(0, Set.of());

    @Inject
    Referrals referrals;

    @Inject
    Rules rules;

    @Inject
    Clock clock;

    @Override
    public List<DashboardSection> sections(DashboardScope scope) {
        if (!scope.includes(Audience.COMPLIANCE)) {
            return List.of();
        }
        Instant from = CheckLimits.startOfDay(clock.instant()).minus(DAYS - 1L, ChronoUnit.DAYS);
        return List.of(new DashboardSection(ANOMALIES, "Deconfliction checks to look into", Audience.COMPLIANCE,
                anomalies(referrals.checksSince(from), referrals.refusalsSince(from),
                        rules.current().deconflictionChecksPerDay())));
    }

    private List<DashboardEntry> anomalies(List<Referrals.CheckLine> checks, List<CheckRefusal> refusals, int perDay) {
        // person and day, newest day first
        Map<LocalDate, Map<String, List<Instant>>> times = new TreeMap<>(Comparator.reverseOrder());
        Map<LocalDate, Map<String, int[]>> counts = new TreeMap<>(Comparator.reverseOrder());
        for (Referrals.CheckLine c : checks) {
            LocalDate day = CheckLimits.day(c.at());
            List<Instant> at = times.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(c.userId(), u -> new ArrayList<>());
            if (!c.registration()) {
                at.add(c.at()); // a registration counts among the matches only, not the checks or bursts
            }
            int[] n = counts.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(c.userId(), u -> new int[2]);
            if (c.matched()) {
                n[0]++;
            }
        }
        for (CheckRefusal f : refusals) {
            LocalDate day = CheckLimits.day(f.refusedAt());
            times.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(f.requestedBy(), u -> new ArrayList<>());
            counts.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(f.requestedBy(), u -> new int[2])[1]++;
        }
        List<DashboardEntry> entries = new ArrayList<>();
        for (var byDay : times.entrySet()) {
            for (var byUser : byDay.getValue().entrySet()) {
                int[] n = counts.get(byDay.getKey()).get(byUser.getKey());
                List<Instant> at = byUser.getValue();
                Day day = new Day(at.size(), n[0], n[1], CheckLimits.largestBurst(at));
                List<String> why = day.anomalies(perDay);
                if (why.isEmpty()) {
                    continue;
                }
                String who = referrals.username(byUser.getKey());
                entries.add(new DashboardEntry("DECONFLICTION_ANOMALY", "USER", who + "/" + byDay.getKey(), null,
                        who + " on " + byDay.getKey() + ": " + day.checks() + " deconfliction checks; "
                                + String.join("; ", why),
                        byDay.getKey(), null, ANYONE));
            }
        }
        return entries;
    }
}
