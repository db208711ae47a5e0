package org.hum.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Page;
import org.hum.api.Role;
import org.hum.api.error.HumException;
import org.hum.api.oversight.RegisterExport;
import org.hum.api.oversight.RegisterRow;
import org.hum.api.source.SourceStatus;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.control.AuthorisationDeadlines;
import org.hum.authorisation.control.AuthorisationStore;
import org.hum.authorisation.entity.Authorisation;
import org.hum.config.control.HumConfig;
import org.hum.config.control.RuleClock;
import org.hum.oversight.control.RegisterFacts;
import org.hum.oversight.control.RegisterQuery;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.rules.control.FileQuery;
import org.hum.rules.control.OverdueFiles;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourceStanding;
import org.hum.source.control.SourceClocks;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.vetting.control.VettingDeadlines;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The central register for compliance reviewers (docs/domain.md, "Oversight"): every live file
 * the reader may see, with its status, people, authorisation, review and validation clocks,
 * special categories, last contact and payments; filtered, sorted, paged, or whole for an export.
 * The clocks are the due lists' own ({@link DeadlineSource}), so the register and the dashboards
 * never disagree. Hidden files change no row, count or sort. Every read and export is audited.
 */
@Stateless
@RolesAllowed(Role.COMPLIANCE_REVIEWER_NAME)
public class Register {
    static final int MAX_PAGE = 1_000_000;
    /** A handler or resting-status filter naming at most this many files computes only theirs; more, and it reads the whole register. */
    static final int CASELOAD = 1_000;
    /** At most this many files are named by id to a page found in SQL; past it, the filters name the queries that find them. */
    static final int LEFT_OUT = 5_000;
    /** The sorts by a column of the file's own row, which SQL can order by. */
    static final Map<String, SourceStore.Order> ORDERS = Map.of("codeName", SourceStore.Order.CODE_NAME,
            "sourceNumber", SourceStore.Order.SOURCE_NUMBER, "compartment", SourceStore.Order.COMPARTMENT,
            "registeredAt", SourceStore.Order.REGISTERED_AT);

    /**
     * A caseload filter's files are named to the page's statement by id up to
     * this many, 1 to {@value #LEFT_OUT}; past it, by the query that finds them (docs/performance.md, "At scale").
     */
    @Inject
    @ConfigProperty(name = "hum.register.named-ids", defaultValue = "5000")
    int namedIds;

    /**
     * The files the due list last found overdue that the overdue filter asks their features about again, 1 to
     * {@value #LEFT_OUT}; past it, the list's own lines name them to the page's statement, as of its last run
     * (docs/performance.md, "The overdue filter past 5,000 files").
     */
    @Inject
    @ConfigProperty(name = "hum.register.asked-overdue", defaultValue = "5000")
    int askedOverdue;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore sources;

    @Inject
    SourceStanding standings;

    @Inject
    AuthorisationStore authorisations;

    @Inject
    RegisterFacts facts;

    @Inject
    OverdueFiles dueLists;

    @Inject
    SourceClocks clocks;

    @Inject
    Rules rules;

    @Inject
    @Any
    Instance<DeadlineSource> deadlines;

    @Inject
    HumConfig config;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    /** One page of the register, filtered and sorted (each parameter may be null; see {@link RegisterQuery}). */
    public Page<RegisterRow> page(String status, String compartment, String handler, String overdue,
                                  String authorisation, String sort, int page, int size) {
        RegisterQuery query = RegisterQuery.parse(status, compartment, handler, overdue, authorisation, sort);
        if (page < 0 || page > MAX_PAGE) {
            // bounded as the sources list's: page * size must not overflow the SQL offset
            throw HumException.invalid("page", "must be 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw HumException.invalid("size", "must be 1 to " + Page.MAX_SIZE);
        }
        Viewer viewer = viewers.of(principal);
        SourceStore.Among among = query.pagesInSql() ? among(query) : null;
        List<Source> files = among == null ? null : files(viewer, query, among, page, size);
        if (files != null) {
            // the files of the page found, ordered and counted in SQL; only their facts and clocks computed
            long total = sources.registerCount(viewer, query.compartment(), among);
            List<RegisterRow> rows = rows(viewer, files, ids -> deadlinesOf(ids));
            audit.record("REGISTER_READ", "SOURCE", null, null, AuditTrail.SUCCESS);
            return new Page<>(rows, page, size, total);
        }
        List<RegisterRow> rows = rows(viewer, query);
        audit.record("REGISTER_READ", "SOURCE", null, null, AuditTrail.SUCCESS);
        int from = (int) Math.min((long) page * size, rows.size());
        return new Page<>(List.copyOf(rows.subList(from, Math.min(rows.size(), from + size))), page, size, rows.size());
    }

    /**
     * The page's files in the query's order, found in SQL: by a column of the file's row, by its
     * status (the active files, then those at rest, each part in code name order), or by a value kept
     * on the file's row for the purpose (its last contact, its payments' lifetime total, its authorisation's
     * end, its last validation), or its payments this year (its ledger's latest year's total, kept
     * on its row); null when some file's ledger holds a payment day after the rule clock's year.
     */
    private List<Source> files(Viewer viewer, RegisterQuery query, SourceStore.Among among, int page, int size) {
        long offset = (long) page * size;
        return switch (query.sort()) {
            case "lastContactAt" -> sources.registerSliceBy(viewer, query.compartment(), among, SourceStore.Kept.LAST_CONTACT,
                    query.descending(), offset, size);
            case "paymentsLifetime" -> sources.registerSliceBy(viewer, query.compartment(), among, SourceStore.Kept.PAID_LIFETIME,
                    query.descending(), offset, size);
            case "authorisationEndsAt" -> sources.registerSliceBy(viewer, query.compartment(), among,
                    SourceStore.Kept.AUTHORISATION_END, query.descending(), offset, size);
            case "lastValidationAt" -> sources.registerSliceBy(viewer, query.compartment(), among,
                    SourceStore.Kept.LAST_VALIDATION, query.descending(), offset, size);
            case "paymentsThisYear" -> {
                // the rule clock's year, as the rows' column counts it
                int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
                yield sources.paidAfter(year) ? null
                        : sources.registerSliceThisYear(viewer, query.compartment(), among, year, query.descending(), offset, size);
            }
            case "status" -> byStatus(viewer, query, among, offset, size);
            case "nextReviewDue" -> byClock(viewer, query, among, SourceStore.DueClock.REVIEW, offset, size);
            case "nextValidationDue" -> byClock(viewer, query, among, SourceStore.DueClock.VALIDATION, offset, size);
            default -> sources.registerPage(viewer, query.compartment(), among, ORDERS.get(query.sort()),
                    query.descending(), page, size);
        };
    }

    /**
     * A page in the order of one of the two clocks, read from the file's row where it is kept
     * ({@link SourceClocks}): the value shown for an active file (for the review, while its
     * authorisation is in force), none for a file at rest. Null (every row computed) when the kept
     * values were computed with figures other than the rule profile's (a change of the profile not yet
     * carried to every file), or, for the validation, when
     * the last conclusion of a file the page could show lies after the rule clock (moved back on a test
     * stand), which its clock leaves out. The files at rest are left out by the status kept on their row.
     */
    private List<Source> byClock(Viewer viewer, RegisterQuery query, SourceStore.Among among, SourceStore.DueClock due,
                                 long offset, int size) {
        if (!clocks.basis().equals(Optional.of(SourceClocks.Figures.of(rules.current())))) {
            return null;
        }
        Instant now = clock.instant();
        if (due == SourceStore.DueClock.VALIDATION && sources.validatedAfter(viewer, query.compartment(), among, now)) {
            return null;
        }
        return sources.registerSliceByClock(viewer, query.compartment(), among, due, now, List.of(),
                Optional.of(standings.inactiveFiles()), query.descending(), offset, size);
    }

    /**
     * A page in status order (the status's name, as {@link RegisterQuery} sorts it), ties by code
     * name and id: the statuses' parts one after another, each a condition on the status kept on
     * the file's row (the active files: every file but those at rest), read in code name order from
     * its index; a part is counted only when the page starts past it.
     */
    private List<Source> byStatus(Viewer viewer, RegisterQuery query, SourceStore.Among among, long offset, int size) {
        List<SourceStatus> order = new ArrayList<>(List.of(SourceStatus.values()));
        order.sort(Comparator.comparing(SourceStatus::name));
        if (query.descending()) {
            Collections.reverse(order);
        }
        List<Source> files = new ArrayList<>();
        long skip = offset;
        for (SourceStatus status : order) {
            SourceStore.Among part = among.and(status == SourceStatus.ACTIVE ? SourceStore.Also.of(standings.inactiveFiles(), false)
                    : SourceStore.Also.of(standings.restingFiles(status), true));
            List<Source> found = sources.registerSlice(viewer, query.compartment(), part, SourceStore.Order.CODE_NAME,
                    query.descending(), skip, size - files.size());
            if (found.isEmpty() && skip > 0) {
                // the page starts past this part: how far past
                skip -= sources.registerCount(viewer, query.compartment(), part);
            } else {
                skip = 0;
            }
            files.addAll(found);
            if (files.size() >= size) {
                break;
            }
        }
        return files;
    }

    /**
     * The files a page in SQL is drawn from, found in SQL, each filter narrowing the others: a
     * caseload and the files overdue or every file but those, each a list of ids; the files at rest
     * in a status or every file but those at rest (the active ones), and the files with an
     * authorisation in force or every file but those, conditions on what the file's row keeps. A
     * filter's list longer than {@link #namedIds}, or lists that together are longer than {@value
     * #LEFT_OUT}, become the queries that find them, named to the statement.
     */
    private SourceStore.Among among(RegisterQuery query) {
        SourceStore.Among listed = among(query, false);
        return listed.named() <= LEFT_OUT ? listed : among(query, true);
    }

    /**
     * As {@link #among(RegisterQuery)}, however many ids it names; {@code byQuery}: every filter but the
     * overdue one by its query, none listed (the overdue files are named by id only up to {@link #askedOverdue}).
     */
    private SourceStore.Among among(RegisterQuery query, boolean byQuery) {
        SourceStore.Among among = SourceStore.Among.ALL;
        if (query.handler() != null) {
            among = narrowed(among, byQuery ? null : facts.handledBy(query.handler(), named()),
                    () -> facts.handledByQuery(query.handler()), true);
        }
        if (query.status() != null) {
            // a condition on the status kept on the file's row, read from its index: never a list
            among = among.and(query.status() == SourceStatus.ACTIVE ? SourceStore.Also.of(standings.inactiveFiles(), false)
                    : SourceStore.Also.of(standings.restingFiles(query.status()), true));
        }
        if (query.authorisation() != null) {
            // in force as the row shows it: granted, and its end after now (RegisterQuery#apply)
            // a condition on the authorisation's end kept on the file's row: never a list
            among = among.and(SourceStore.Also.of(authorisations.inForceQuery(clock.instant()),
                    query.authorisation().equals("IN_FORCE")));
        }
        if (query.overdue() != null) {
            // a feature that can find its overdue files itself on an index (the contact clock) names them as a query
            // the page's statement uses: they join and leave the filter at once, however many they are, and are never
            // carried through the server. Every other feature is asked again about the files the due list last found
            // overdue on one of its kinds: a file no longer overdue leaves the filter at once; one made overdue by a
            // change joins it at the list's next run (within the minute), as it joins the dashboards. Past askedOverdue
            // such files, the list's own lines name them to the statement: then a file also leaves at the list's next
            // run, where asking again would compute thousands of files' clocks (docs/performance.md, "The overdue
            // filter past 5,000 files").
            LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            Set<String> overdue = new HashSet<>();
            Set<String> foundNow = new HashSet<>();
            List<FileQuery> queries = new ArrayList<>();
            List<DeadlineSource> listedOn = new ArrayList<>();
            for (DeadlineSource source : deadlines) {
                Optional<FileQuery> now = source.overdueNow(today);
                if (now.isEmpty()) {
                    listedOn.add(source);
                    continue;
                }
                queries.add(now.get());
                foundNow.addAll(source.kindsFoundNow());
            }
            int asked = Math.max(1, Math.min(LEFT_OUT, askedOverdue));
            Optional<Map<String, Set<String>>> listed = dueLists.overdueFiles(today, asked, foundNow);
            if (listed.isEmpty()) {
                queries.add(dueLists.overdueQuery(today, foundNow));
                return among.and(SourceStore.Also.of(FileQuery.union(queries), query.overdue()));
            }
            for (DeadlineSource source : listedOn) {
                Set<String> ids = new HashSet<>();
                listed.get().forEach((id, kinds) -> {
                    if (kinds.stream().anyMatch(source::gives)) {
                        ids.add(id);
                    }
                });
                if (ids.isEmpty()) {
                    continue;
                }
                for (Deadline d : source.deadlinesOf(today, ids)) {
                    if (d.sourceId() != null && ids.contains(d.sourceId()) && d.dueOn().isBefore(today)) {
                        overdue.add(d.sourceId());
                    }
                }
            }
            if (queries.isEmpty()) {
                among = among.and(query.overdue() ? SourceStore.Among.only(overdue) : SourceStore.Among.allBut(overdue));
            } else {
                FileQuery found = FileQuery.union(queries);
                among = among.and(query.overdue() ? SourceStore.Also.only(found, overdue) : SourceStore.Also.neither(found, overdue));
            }
        }
        return among;
    }

    /**
     * {@code among} narrowed to ({@code only}) or apart from a filter's files: by their list when it
     * is given and short, else by the query that finds them.
     */
    private SourceStore.Among narrowed(SourceStore.Among among, List<String> listed, Supplier<FileQuery> query, boolean only) {
        if (listed != null && listed.size() <= named()) {
            return among.and(only ? SourceStore.Among.only(listed) : SourceStore.Among.allBut(listed));
        }
        return among.and(SourceStore.Also.of(query.get(), only));
    }

    /** How many of a filter's files are named by id at most ({@link #namedIds}, kept within 1 to {@value #LEFT_OUT}). */
    private int named() {
        return Math.max(1, Math.min(LEFT_OUT, namedIds));
    }

    /** The whole register as filtered and sorted, for an export (CSV or the PDF inspection pack). */
    public RegisterExport export(String status, String compartment, String handler, String overdue,
                                 String authorisation, String sort) {
        RegisterQuery query = RegisterQuery.parse(status, compartment, handler, overdue, authorisation, sort);
        Viewer viewer = viewers.of(principal);
        List<RegisterRow> rows = rows(viewer, query);
        audit.record("REGISTER_EXPORTED", "SOURCE", null, null, AuditTrail.SUCCESS);
        return new RegisterExport(marking(rows), clock.instant(), viewer.username(), query.describe(), rows);
    }

    List<RegisterRow> rows(Viewer viewer, RegisterQuery query) {
        // one person's caseload, or the files at rest (deactivated, closed for cause): found in SQL, and only
        // their rows and clocks computed; the filters still apply to the rows, so a superset would do
        List<String> handled = query.handler() == null ? null : facts.handledBy(query.handler(), CASELOAD);
        List<String> resting = query.status() == null || query.status() == SourceStatus.ACTIVE ? null
                : standings.resting(query.status(), CASELOAD);
        List<String> narrowed = handled != null && handled.size() <= CASELOAD ? handled
                : resting != null && resting.size() <= CASELOAD ? resting : null;
        if (narrowed != null) {
            return query.apply(rows(viewer, sources.visibleAmong(viewer, narrowed), this::deadlinesOf), clock.instant());
        }
        List<Source> visible = sources.allVisible(viewer).stream()
                .filter(s -> AccessRule.dominates(viewer, s.label()))
                .toList();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        List<Deadline> all = new ArrayList<>();
        for (DeadlineSource source : deadlines) {
            all.addAll(source.deadlines(today));
        }
        return query.apply(rows(viewer, visible, ids -> all), clock.instant());
    }

    /** Every feature's open deadlines of these files only. */
    private List<Deadline> deadlinesOf(Set<String> ids) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        List<Deadline> out = new ArrayList<>();
        for (DeadlineSource source : deadlines) {
            out.addAll(source.deadlinesOf(today, ids));
        }
        return out;
    }

    /** The rows of these files, in their order; {@code clocks} gives the deadlines of a set of their ids. */
    private List<RegisterRow> rows(Viewer viewer, List<Source> files, Function<Set<String>, List<Deadline>> clocks) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Source> visible = files.stream().filter(s -> AccessRule.dominates(viewer, s.label())).toList();
        List<String> ids = visible.stream().map(Source::id).toList();
        Set<String> idSet = new HashSet<>(ids);
        if (ids.size() <= CASELOAD) {
            standings.prefetch(ids); // the clocks below ask file by file: their history and approvals read here at once
        }
        Map<String, SourceStatus> statuses = standings.statuses(ids);
        Map<String, RegisterFacts.Facts> known = facts.of(ids, today.getYear());
        Map<String, Authorisation> granted = new HashMap<>();
        // a page's files asked for by id; the whole register's read in one pass and matched here
        List<Authorisation> candidates = ids.isEmpty() ? List.of()
                : ids.size() <= Page.MAX_SIZE ? authorisations.granted(ids) : authorisations.granted();
        for (Authorisation a : candidates) {
            if (!idSet.contains(a.sourceId())) {
                continue;
            }
            // the one in force wins, else the last to have run out: the latest end, then the greatest id (one in
            // force ends after every other granted one of its file), as the file's row keeps it for the sort by it
            Authorisation held = granted.get(a.sourceId());
            if (held == null || LATEST_END.compare(a, held) > 0) {
                granted.put(a.sourceId(), a);
            }
        }
        Map<String, LocalDate> nextReview = new HashMap<>();
        Map<String, LocalDate> nextValidation = new HashMap<>();
        Set<String> overdue = new HashSet<>();
        for (Deadline d : clocks.apply(idSet)) {
            if (d.sourceId() == null || !idSet.contains(d.sourceId())) {
                continue;
            }
            if (d.dueOn().isBefore(today)) {
                overdue.add(d.sourceId());
            }
            if (AuthorisationDeadlines.REVIEW_DUE.equals(d.kind())) {
                nextReview.merge(d.sourceId(), d.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
            } else if (VettingDeadlines.VALIDATION_DUE.equals(d.kind())) {
                nextValidation.merge(d.sourceId(), d.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<RegisterRow> rows = new ArrayList<>();
        for (Source s : visible) {
            RegisterFacts.Facts f = known.get(s.id());
            Authorisation a = granted.get(s.id());
            TreeSet<String> categories = new TreeSet<>();
            if (f.declaredCategories != null) {
                for (String c : f.declaredCategories.split(",")) {
                    if (!c.isBlank()) {
                        categories.add(c.strip());
                    }
                }
            }
            if (a != null && a.inForce(now) && a.juvenile()) {
                categories.add("JUVENILE");
            }
            rows.add(new RegisterRow(s.id(), s.sourceNumber(), s.codeName(), s.compartment(),
                    config.levels().nameOf(s.classificationLevel()), statuses.getOrDefault(s.id(), SourceStatus.ACTIVE),
                    s.registeredAt(), List.copyOf(f.handlers), List.copyOf(f.controllers),
                    a == null ? null : a.decidedAt(), a == null ? null : a.endsAt(), nextReview.get(s.id()),
                    f.lastValidationAt, nextValidation.get(s.id()), List.copyOf(categories), f.lastContactAt,
                    f.paidThisYear, f.paidLifetime, overdue.contains(s.id())));
        }
        return rows;
    }

    /**
     * Which of a file's granted authorisations the register shows: the latest end, then the greatest
     * id. One in force ends after every other (it could not be granted while another was in force, and
     * one run out ended before now), so this is the one in force, else the last to have run out; the file's
     * row keeps its end for the sort ({@link SourceStore#mirrorAuthorisation}).
     */
    private static final Comparator<Authorisation> LATEST_END = Comparator.comparing(Authorisation::endsAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Authorisation::id);

    /** The highest level among the rows and every compartment they hold; the reader's own floor when there are none. */
    private String marking(List<RegisterRow> rows) {
        int level = 0;
        TreeSet<String> compartments = new TreeSet<>();
        for (RegisterRow r : rows) {
            level = Math.max(level, config.levels().rankOf(r.classification()).orElse(0));
            compartments.add(r.compartment());
        }
        return config.levels().nameOf(level) + (compartments.isEmpty() ? "" : "//" + String.join("/", compartments));
    }
}
