package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hum.config.control.InLists;
import org.hum.rules.control.FileQuery;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hum.access.control.Viewer;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one access-aware way to read source files (docs/architecture.md, "Enforcement" 1): every query
 * carries the viewer's dominance predicate, so hidden files change no result, count, page
 * or sort order. No other code queries the source table.
 */
@ApplicationScoped
public class SourceStore {
    private static final String VISIBLE =
            " s.compartment in :compartments and s.classificationLevel <= :level ";
    /** Destroyed files leave the register and its totals; reading one by id answers that it is gone. */
    private static final String LIVE = " and s.destroyedAt is null ";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    SourceClocks clocks;

    public Optional<Source> find(Viewer viewer, String id) {
        if (viewer.compartments().isEmpty()) {
            return Optional.empty();
        }
        return visible(viewer, "select s from Source s where s.id = :id and" + VISIBLE, Source.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * A page of the live files the viewer may see, in code name order. The page's ids are found on
     * the index {@code ix_source_register} alone (a deep page skips index entries, not rows), then
     * only those rows are read (docs/performance.md, "At scale").
     */
    public List<Source> page(Viewer viewer, int page, int size) {
        if (viewer.compartments().isEmpty()) {
            return List.of();
        }
        List<String> ids = visible(viewer, "select s.id from Source s where" + VISIBLE + LIVE + "order by s.codeName, s.id",
                String.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        Map<String, Source> found = unrestricted(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Which files a register page is drawn from, beside the viewer's and the compartment's: every
     * file, only {@code ids} (a short caseload, the files at rest, those authorised), or every file
     * but {@code ids} (the active files: all but the few at rest). Short lists, found in SQL by the
     * caller. And the further conditions {@code also}, each of which the files must meet as well: a
     * set a query names (the database finds it itself, however large), each way.
     */
    public record Among(java.util.Collection<String> ids, boolean only, List<Also> also) {
        public static final Among ALL = new Among(List.of(), false, List.of());

        public Among {
            also = List.copyOf(also);
        }

        public static Among only(java.util.Collection<String> ids) {
            return new Among(ids, true, List.of());
        }

        public static Among allBut(java.util.Collection<String> ids) {
            return new Among(ids, false, List.of());
        }

        /** These files and also those {@code also} says. */
        public Among and(Also also) {
            return and(new Among(List.of(), false, List.of(also)));
        }

        /**
         * The files in both: a list within a list, a list less the files left out, or both lists left
         * out; with every further condition of either.
         */
        public Among and(Among other) {
            List<Also> both = new java.util.ArrayList<>(also);
            both.addAll(other.also);
            java.util.Set<String> mine = new java.util.LinkedHashSet<>(ids);
            if (only && other.only) {
                mine.retainAll(java.util.Set.copyOf(other.ids));
                return new Among(mine, true, both);
            }
            if (only || other.only) {
                java.util.Set<String> kept = new java.util.LinkedHashSet<>(only ? ids : other.ids);
                kept.removeAll(java.util.Set.copyOf(only ? other.ids : ids));
                return new Among(kept, true, both);
            }
            mine.addAll(other.ids);
            return new Among(mine, false, both);
        }

        /** How many ids the statement names, in every part. */
        public int named() {
            return ids.size() + also.stream().mapToInt(a -> a.ids().size()).sum();
        }

        /** The same files without the further conditions. */
        Among plain() {
            return new Among(ids, only, List.of());
        }

        /** As this, with {@code changed} in the place of {@code condition}. */
        Among replacing(Also condition, java.util.Optional<Also> changed) {
            List<Also> rest = new java.util.ArrayList<>(also);
            rest.remove(condition);
            changed.ifPresent(rest::add);
            return new Among(ids, only, rest);
        }

        /**
         * The ids as a statement names them: kept, in one list ({@link InLists#keptLists}); left out, in
         * lists of at most 999 ({@link InLists#statementLists}).
         */
        List<List<String>> lists() {
            return only ? InLists.keptLists(ids) : InLists.statementLists(ids);
        }
    }

    /**
     * A condition on the file beside {@link Among}'s list: ({@code only}) among {@code ids} or the
     * files {@code query} names, or (not only) among neither. The register's overdue filter (the
     * contact clock finds its files on an index), and any filter whose list is too long to name
     * (docs/performance.md, "At scale").
     */
    public record Also(FileQuery query, java.util.Collection<String> ids, boolean only) {
        public static Also only(FileQuery query, java.util.Collection<String> ids) {
            return new Also(query, ids, true);
        }

        public static Also neither(FileQuery query, java.util.Collection<String> ids) {
            return new Also(query, ids, false);
        }

        /** The files the query names, or (not {@code only}) every file but those. */
        public static Also of(FileQuery query, boolean only) {
            return new Also(query, List.of(), only);
        }

        /** The same condition, each way: the files it keeps, whichever way it is asked. */
        Also kept() {
            return new Also(query, ids, true);
        }

        /**
         * {@code " and (condition)"} (or {@code not}) for a query that is a condition on the file's row;
         * else {@code " and s.id in (...)"} (or {@code not in}), its parameters added: one subquery of one
         * derived table, never {@code in (list) or in (query)}, which MariaDB runs for each row (163 ms
         * for the count at 100,000 files) where one derived table is a semi-join (10 ms).
         */
        String sql(List<Object> parameters) {
            if (query.row() != null && ids.isEmpty()) {
                // a condition on the file's own row: tested there, the files read from its column's index
                parameters.addAll(query.parameters());
                return " and " + (only ? "" : "not ") + "(" + query.row() + ")";
            }
            StringBuilder named = new StringBuilder("select x.id from (").append(query.sql());
            parameters.addAll(query.parameters());
            for (List<String> part : InLists.keptLists(ids)) {
                named.append(" union all select n.id from source n where n.id in (").append(InLists.marks(part.size())).append(')');
                parameters.addAll(part);
            }
            return " and s.id " + (only ? "in" : "not in") + " (" + named + ") x)";
        }
    }

    /**
     * The orders a register page is found in by SQL: a column of the file's own row, ties broken by
     * code name and then id, as the register sorts its rows; descending is the exact reverse, so that
     * an index (V048) serves either way.
     */
    public enum Order {
        CODE_NAME("s.codeName", "s.code_name"), SOURCE_NUMBER("s.sourceNumber", "s.source_number"),
        COMPARTMENT("s.compartment", "s.compartment_code"), REGISTERED_AT("s.registeredAt", "s.registered_at");

        private final String column;
        private final String sqlColumn;

        Order(String column, String sqlColumn) {
            this.column = column;
            this.sqlColumn = sqlColumn;
        }

        String sql(boolean descending) {
            String way = descending ? " desc" : "";
            return (this == CODE_NAME ? "" : sqlColumn + way + ", ") + "s.code_name" + way + ", s.id" + way;
        }

        String jpql(boolean descending) {
            String way = descending ? " desc" : "";
            return (this == CODE_NAME ? "" : column + way + ", ") + "s.codeName" + way + ", s.id" + way;
        }
    }

    /**
     * As {@link #page}, only the files of {@code compartment} when it is not null, and of
     * {@code among}, in {@code order}: the register's page.
     */
    public List<Source> registerPage(Viewer viewer, String compartment, Among among, Order order, boolean descending,
                                     int page, int size) {
        if (compartment == null && !among.only() && among.ids().isEmpty() && among.also().isEmpty() && order == Order.CODE_NAME
                && !descending) {
            return page(viewer, page, size);
        }
        return registerSlice(viewer, compartment, among, order, descending, (long) page * size, size);
    }

    /** As {@link #registerPage}, the {@code limit} files from {@code offset} on (a page may start within a part of the order). */
    public List<Source> registerSlice(Viewer viewer, String compartment, Among among, Order order, boolean descending,
                                      long offset, int limit) {
        if (viewer.compartments().isEmpty() || compartment != null && !viewer.compartments().contains(compartment)
                || among.only() && among.ids().isEmpty() || limit <= 0) {
            return List.of();
        }
        if (!among.also().isEmpty()) {
            // conditions found by a query: the statement names them, as every other register order's does
            List<Object> parameters = new java.util.ArrayList<>();
            String where = registerWhere(viewer, compartment, among, parameters);
            return where == null ? List.of()
                    : sliceAcross(List.of(List.of(" from source s" + where, order.sql(descending))), parameters, offset, limit);
        }
        List<List<String>> lists = among.lists();
        List<String> each = new java.util.ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            each.add("s.id " + (among.only() ? "in" : "not in") + " :among" + i);
        }
        String narrowed = each.isEmpty() ? "" : "and (" + String.join(among.only() ? " or " : " and ", each) + ") ";
        var q = em.createQuery("select s.id from Source s where s.compartment in :compartments and "
                        + "s.classificationLevel <= :level" + LIVE + narrowed + "order by " + order.jpql(descending), String.class)
                .setParameter("compartments", compartment == null ? viewer.compartments() : List.of(compartment))
                .setParameter("level", viewer.clearanceLevel());
        for (int i = 0; i < lists.size(); i++) {
            q.setParameter("among" + i, lists.get(i));
        }
        List<String> ids = q.setFirstResult(Math.toIntExact(offset)).setMaxResults(limit).getResultList();
        Map<String, Source> found = unrestricted(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * A column of the file's row kept there for the register's order though the row's owner does
     * not write it, each with an index on ({@code destroyed_at}, the column, {@code code_name},
     * {@code id}, {@code compartment_code}, {@code classification_level}) that orders a page by
     * itself (docs/performance.md, "At scale"): the last contact ({@link #mirrorLastContact}), empty
     * for a file never contacted; the payments' lifetime total ({@link #addPaid}), never empty; the
     * latest end of the file's granted authorisations ({@link #mirrorAuthorisation}) and its last
     * validation's conclusion ({@link #mirrorLastValidation}), empty for a file without one (V058).
     */
    public enum Kept {
        LAST_CONTACT("last_contact_at", "ix_source_contact_order"), PAID_LIFETIME("paid_lifetime", "ix_source_paid_order"),
        AUTHORISATION_END("authorisation_ends_at", "ix_source_authorisation_order"),
        LAST_VALIDATION("last_validation_at", "ix_source_validation_order");

        private final String column;
        private final String index;

        Kept(String column, String index) {
            this.column = column;
            this.index = index;
        }
    }

    /**
     * As {@link #registerSlice}, in the order of a column that may be empty, ties broken by code
     * name and then id, the files without a value last; descending is the exact reverse (those
     * without first). Each part (with a value, without) is a range of the column's index read in
     * order; a part is counted only when the slice starts past it.
     */
    public List<Source> registerSliceBy(Viewer viewer, String compartment, Among among, Kept key, boolean descending,
                                        long offset, int limit) {
        List<Object> parameters = new java.util.ArrayList<>();
        String where = registerWhere(viewer, compartment, among, parameters);
        if (where == null || limit <= 0) {
            return List.of();
        }
        String from = " from source s force index (" + key.index + ")" + where + " and s." + key.column;
        String way = descending ? " desc" : "";
        String ties = "s.code_name" + way + ", s.id" + way;
        List<String> valued = List.of(from + " is not null", "s." + key.column + way + ", " + ties);
        List<String> valueless = List.of(from + " is null", ties);
        return sliceAcross(descending ? List.of(valueless, valued) : List.of(valued, valueless), parameters, offset, limit);
    }

    /**
     * Whether a file the register could show this viewer (as {@link #registerSliceByClock} would read
     * them) was last validated after {@code now}: only where a test stand moved the rule clock back,
     * and then the clock kept on its row ({@link SourceClocks}) counts a conclusion its rules do not.
     */
    public boolean validatedAfter(Viewer viewer, String compartment, Among among, java.time.Instant now) {
        List<Object> parameters = new java.util.ArrayList<>();
        String where = registerWhere(viewer, compartment, among, parameters);
        if (where == null) {
            return false;
        }
        parameters.add(java.sql.Timestamp.from(now));
        return !nativeList("select 1 from source s force index (ix_source_validation_order)" + where
                + " and s.last_validation_at > ? limit 1", parameters).isEmpty();
    }

    /** The register's two clocks kept on the file's row ({@link SourceClocks}; V060), with the index that orders each. */
    public enum DueClock {
        VALIDATION("validation_due_on", "ix_source_validation_due_order"), REVIEW("review_due_on", "ix_source_review_due_order");

        final String column;
        final String index;

        DueClock(String column, String index) {
            this.column = column;
            this.index = index;
        }
    }

    /**
     * As {@link #registerSliceBy}, in the order of one of the register's clocks as it stands at
     * {@code now}: the value kept on the row, for a file not among {@code atRest} (nor those
     * {@code atRestQuery} names, when the files at rest are too many to list) and, for the
     * review, whose authorisation is still in force (its end after {@code now}); every other file
     * has none and comes last (first descending), in code name order. Each part is read in order
     * from its own index.
     */
    public List<Source> registerSliceByClock(Viewer viewer, String compartment, Among among, DueClock clock,
                                             java.time.Instant now, List<String> atRest, java.util.Optional<FileQuery> atRestQuery,
                                             boolean descending, long offset, int limit) {
        List<Object> parameters = new java.util.ArrayList<>();
        String where = registerWhere(viewer, compartment, among, parameters);
        if (where == null || limit <= 0) {
            return List.of();
        }
        // shown: a value, in force for the review, not at rest; never null, so that "not (shown)" is the rest exactly
        StringBuilder shown = new StringBuilder("s." + clock.column + " is not null");
        if (clock == DueClock.REVIEW) {
            shown.append(" and s.authorisation_ends_at is not null and s.authorisation_ends_at > ?");
            parameters.add(java.sql.Timestamp.from(now));
        }
        for (List<String> chunk : InLists.statementLists(atRest)) {
            shown.append(" and s.id not in (").append(InLists.marks(chunk.size())).append(')');
            parameters.addAll(chunk);
        }
        atRestQuery.ifPresent(q -> shown.append(Also.of(q, false).sql(parameters)));
        String way = descending ? " desc" : "";
        String ties = "s.code_name" + way + ", s.id" + way;
        List<String> valued = List.of(" from source s force index (" + clock.index + ")" + where + " and (" + shown + ")",
                "s." + clock.column + way + ", " + ties);
        List<String> valueless = List.of(" from source s force index (ix_source_clock_rest)" + where + " and not (" + shown + ")",
                ties);
        return sliceAcross(descending ? List.of(valueless, valued) : List.of(valued, valueless), parameters, offset, limit);
    }

    /**
     * The register's conditions on a file's row for this viewer ({@code " where ..."}, its parameters
     * added to {@code parameters}): live, in a compartment they hold (or the one asked for), at
     * their clearance or below, and among the ids given or apart from them; null when no file can
     * be among them.
     */
    private static String registerWhere(Viewer viewer, String compartment, Among among, List<Object> parameters) {
        if (viewer.compartments().isEmpty() || compartment != null && !viewer.compartments().contains(compartment)
                || among.only() && among.ids().isEmpty()) {
            return null;
        }
        List<String> compartments = compartment == null ? List.copyOf(viewer.compartments()) : List.of(compartment);
        StringBuilder where = new StringBuilder(" where s.destroyed_at is null and s.compartment_code in ("
                + InLists.marks(compartments.size()) + ") and s.classification_level <= ?");
        parameters.addAll(compartments);
        parameters.add(viewer.clearanceLevel());
        List<List<String>> chunks = among.lists();
        if (!chunks.isEmpty()) {
            List<String> each = chunks.stream().map(p -> "s.id " + (among.only() ? "in" : "not in") + " (" + InLists.marks(p.size()) + ")").toList();
            where.append(" and (").append(String.join(among.only() ? " or " : " and ", each)).append(")");
            chunks.forEach(parameters::addAll);
        }
        for (Also also : among.also()) {
            where.append(also.sql(parameters));
        }
        return where.toString();
    }

    /**
     * The files from {@code offset} on, at most {@code limit}, of parts read one after another, each
     * a {@code from ... where ...} clause and its order, all with the same {@code parameters}: each
     * part read from where the slice starts in it, and counted only when the slice starts past it.
     */
    private List<Source> sliceAcross(List<List<String>> parts, List<Object> parameters, long offset, int limit) {
        List<String> ids = new java.util.ArrayList<>();
        long skip = offset;
        for (List<String> part : parts) {
            List<Object> asked = new java.util.ArrayList<>(parameters);
            asked.add(limit - ids.size());
            asked.add(skip);
            List<String> found = nativeList("select s.id" + part.get(0) + " order by " + part.get(1) + " limit ? offset ?", asked)
                    .stream().map(String::valueOf).toList();
            if (found.isEmpty() && skip > 0) {
                // the slice starts past this part: how far past
                skip -= ((Number) nativeList("select count(*)" + part.get(0), parameters).get(0)).longValue();
            } else {
                skip = 0;
            }
            ids.addAll(found);
            if (ids.size() >= limit) {
                break;
            }
        }
        Map<String, Source> found = unrestricted(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Copies the file's latest contact, as the contact feature keeps it ({@code source_contact}), onto
     * its row, in the caller's transaction (which holds the file's row lock): the register's sort by
     * last contact reads it there ({@link Kept#LAST_CONTACT}).
     */
    public void mirrorLastContact(String sourceId) {
        em.createNativeQuery("update source set last_contact_at = (select c.last_contact_at from source_contact c "
                + "where c.source_id = ?) where id = ?").setParameter(1, sourceId).setParameter(2, sourceId).executeUpdate();
    }

    /**
     * Sets the file's row's {@link Kept#AUTHORISATION_END} to the latest end of its granted
     * authorisations (cancelled ones left out), in the caller's transaction, after a grant, a renewal
     * or a cancellation has been flushed: the end of the authorisation the register shows, since one in
     * force always has the latest end of its file's (docs/performance.md, "At scale"); and that
     * authorisation's next review ({@link SourceClocks}), which a review also moves.
     */
    public void mirrorAuthorisation(String sourceId) {
        em.createNativeQuery("update source set authorisation_ends_at = (select max(a.ends_at) from authorisation a "
                + "where a.source_id = ? and a.status = 'GRANTED') where id = ?")
                .setParameter(1, sourceId).setParameter(2, sourceId).executeUpdate();
        clocks.reviewMoved(sourceId);
    }

    /**
     * Sets the file's row's {@link Kept#LAST_VALIDATION} to the latest conclusion of its
     * validations, in the caller's transaction, after a conclusion has been flushed; and the file's
     * next validation ({@link SourceClocks}).
     */
    public void mirrorLastValidation(String sourceId) {
        em.createNativeQuery("update source set last_validation_at = (select max(c.concluded_at) from validation v "
                + "join validation_conclusion c on c.validation_id = v.id where v.source_id = ?) where id = ?")
                .setParameter(1, sourceId).setParameter(2, sourceId).executeUpdate();
        clocks.validationMoved(sourceId);
    }

    /**
     * Adds a ledger entry's amount (a reversal's is negative) to the file's lifetime total on its
     * row, in the caller's transaction, with the entry and its month's running total
     * ({@code payment_ledger_month}), whose sum over the file it equals: the register sorts by it
     * ({@link Kept#PAID_LIFETIME}). In the same statement, to the total of the entry's {@code year}
     * (its payment day's) when that is the latest year of the file's ledger (V059): a later year
     * starts the total again, an earlier one leaves it ({@link #registerSliceThisYear}).
     */
    public void addPaid(String sourceId, java.math.BigDecimal amount, int year) {
        // the year's total first, from the row's year before it moves: MariaDB assigns left to right
        em.createNativeQuery("update source set paid_lifetime = paid_lifetime + ?, "
                        + "paid_year_total = case when paid_year = ? then paid_year_total + ? "
                        + "when paid_year is null or paid_year < ? then ? else paid_year_total end, "
                        + "paid_year = greatest(coalesce(paid_year, ?), ?) where id = ?")
                .setParameter(1, amount).setParameter(2, year).setParameter(3, amount).setParameter(4, year)
                .setParameter(5, amount).setParameter(6, year).setParameter(7, year).setParameter(8, sourceId)
                .executeUpdate();
    }

    /**
     * Whether some live file's ledger holds a payment day after {@code year}: its row keeps that
     * year's total, not {@code year}'s, so {@link #registerSliceThisYear} cannot page {@code year}
     * (a rule clock moved back, or a payment dated ahead).
     */
    public boolean paidAfter(int year) {
        return !em.createNativeQuery("select 1 from source force index (ix_source_paid_year_order) "
                + "where destroyed_at is null and paid_year > ? limit 1").setParameter(1, year).getResultList().isEmpty();
    }

    /**
     * As {@link #registerSliceBy}, in the order of the payments' total in {@code year} (the rule
     * clock's), ties broken by code name and then id, descending the exact reverse: the files whose
     * ledger's latest year is {@code year} with a total below 0, in its order; every file whose total
     * in {@code year} is 0 (none paid that year, or paid and reversed), in code name order; those
     * above 0 (V059). The first and last parts are ranges of {@code ix_source_paid_year_order}; the
     * middle one is read from {@code ix_source_paid_year_rest}, which holds the columns it is told
     * apart by. Only when {@link #paidAfter} is false.
     */
    public List<Source> registerSliceThisYear(Viewer viewer, String compartment, Among among, int year, boolean descending,
                                              long offset, int limit) {
        List<Object> parameters = new java.util.ArrayList<>();
        String where = registerWhere(viewer, compartment, among, parameters);
        if (where == null || limit <= 0) {
            return List.of();
        }
        parameters.add(year); // each part names the year once, last
        String way = descending ? " desc" : "";
        String ties = "s.code_name" + way + ", s.id" + way;
        String paid = " from source s force index (ix_source_paid_year_order)" + where + " and s.paid_year = ? and s.paid_year_total ";
        List<String> below = List.of(paid + "< 0", "s.paid_year_total" + way + ", " + ties);
        List<String> none = List.of(" from source s force index (ix_source_paid_year_rest)" + where
                + " and not (s.paid_year <=> ? and s.paid_year_total <> 0)", ties);
        List<String> above = List.of(paid + "> 0", "s.paid_year_total" + way + ", " + ties);
        return sliceAcross(descending ? List.of(above, none, below) : List.of(below, none, above), parameters, offset, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Object> nativeList(String sql, List<Object> parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q.getResultList();
    }


    /**
     * The count of {@link #registerPage}'s files: the visible ones of a list, or the tally's less
     * the visible ones left out.
     */
    public long registerCount(Viewer viewer, String compartment, Among among) {
        if (viewer.compartments().isEmpty() || compartment != null && !viewer.compartments().contains(compartment)) {
            return 0;
        }
        java.util.Optional<Also> leftOut = among.also().stream().filter(a -> !a.only()).findFirst();
        if (leftOut.isPresent()) {
            // a condition that leaves files out: those it keeps counted on its own query and lists, the rest is the difference
            return registerCount(viewer, compartment, among.replacing(leftOut.get(), java.util.Optional.empty()))
                    - registerCount(viewer, compartment, among.replacing(leftOut.get(), java.util.Optional.of(leftOut.get().kept())));
        }
        if (!among.also().isEmpty()) {
            // every condition keeps files: counted in one statement over their semi-joins
            List<Object> parameters = new java.util.ArrayList<>();
            String where = registerWhere(viewer, compartment, among, parameters);
            return where == null ? 0 : ((Number) nativeList("select count(*) from source s" + where, parameters).get(0)).longValue();
        }
        List<String> compartments = compartment == null ? List.copyOf(viewer.compartments()) : List.of(compartment);
        long listed = 0;
        for (List<String> part : InLists.keptLists(among.ids())) { // the listed files the viewer may see, in one statement
            listed += em.createQuery("select count(s) from Source s where s.id in :ids and s.compartment in :compartments "
                            + "and s.classificationLevel <= :level" + LIVE, Long.class)
                    .setParameter("ids", part).setParameter("compartments", compartments)
                    .setParameter("level", viewer.clearanceLevel()).getSingleResult();
        }
        return among.only() ? listed : tallied(compartments, viewer.clearanceLevel()) - listed;
    }

    /** Every live file the viewer may see, in code name order: the central register. */
    public List<Source> allVisible(Viewer viewer) {
        if (viewer.compartments().isEmpty()) {
            return List.of();
        }
        // read-only: a hundred thousand managed files would make every later query of the transaction
        // flush-check each of them (docs/performance.md, "At scale")
        return visible(viewer, "select s from Source s where" + VISIBLE + LIVE + "order by s.codeName, s.id", Source.class)
                .setHint("eclipselink.read-only", "true")
                .getResultList();
    }

    /**
     * As {@link #allVisible(Viewer)}, among these files only (a handler's caseload): managed, so
     * that each file's later look-up by id in the transaction finds it without a statement.
     */
    public List<Source> visibleAmong(Viewer viewer, java.util.Collection<String> ids) {
        if (viewer.compartments().isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        return visible(viewer, "select s from Source s where s.id in :ids and" + VISIBLE + LIVE + "order by s.codeName, s.id",
                Source.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The ids of every live file the viewer may see, in id order: a sample's population. */
    public List<String> visibleIds(Viewer viewer) {
        if (viewer.compartments().isEmpty()) {
            return List.of();
        }
        return visible(viewer, "select s.id from Source s where" + VISIBLE + LIVE + "order by s.id", String.class)
                .getResultList();
    }

    /** The live files the viewer may see: a sum over the tally's rows ({@link #tally}), not a count of the files. */
    public long count(Viewer viewer) {
        if (viewer.compartments().isEmpty()) {
            return 0;
        }
        return tallied(viewer.compartments(), viewer.clearanceLevel());
    }

    private long tallied(java.util.Collection<String> compartments, int level) {
        String in = String.join(",", compartments.stream().map(c -> "?").toList());
        var q = em.createNativeQuery("SELECT COALESCE(SUM(live), 0) FROM source_tally WHERE classification_level <= ? "
                + "AND compartment_code IN (" + in + ")");
        q.setParameter(1, level);
        int i = 2;
        for (String c : compartments) {
            q.setParameter(i++, c);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Moves the count of live files of the file's compartment and level by {@code delta}, in the
     * caller's transaction: +1 as a file is registered, -1 as it is destroyed. A registration makes it
     * its last write, so that the tally's row (one per compartment and level) is held for the commit only.
     */
    public void tally(Source source, int delta) {
        // an update first: it locks the one existing row outright, where concurrent upserts of one key
        // take shared locks and can deadlock on upgrading them; the row is inserted once per label
        int moved = em.createNativeQuery("UPDATE source_tally SET live = live + ?3 WHERE compartment_code = ?1 "
                        + "AND classification_level = ?2")
                .setParameter(1, source.compartment())
                .setParameter(2, source.classificationLevel())
                .setParameter(3, delta)
                .executeUpdate();
        if (moved == 0 && delta > 0) {
            em.createNativeQuery("INSERT INTO source_tally (compartment_code, classification_level, live) VALUES (?1, ?2, ?3) "
                            + "ON DUPLICATE KEY UPDATE live = live + VALUES(live)")
                    .setParameter(1, source.compartment())
                    .setParameter(2, source.classificationLevel())
                    .setParameter(3, delta)
                    .executeUpdate();
        }
    }

    public boolean holdsIdentityGrant(Viewer viewer, Source source) {
        return em.find(IdentityGrant.class, new IdentityGrant.Key(source.id(), viewer.userId())) != null;
    }

    public void add(Source source, IdentityGrant handlerGrant) {
        // flushed one by one: the foreign keys are not JPA relationships, so nothing else orders the inserts
        em.persist(source);
        em.flush();
        em.persist(handlerGrant);
        em.flush();
    }

    /**
     * A file by id with no viewer's predicate: only for system work that never hands its
     * content to a person. Key rotation and destruction (administrators act on ids only)
     * and deconfliction (which must compare against every file and answers yes or no), and
     * administration telling an unknown id from a file the grantee may not see.
     * Kept here so that this store stays the one place that reads the source table.
     */
    public Optional<Source> unrestricted(String id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    /** As {@link #unrestricted(String)}, for several files in one statement (a page of a list), by id. */
    public java.util.Map<String, Source> unrestricted(java.util.Collection<String> ids) {
        java.util.Map<String, Source> found = new java.util.HashMap<>();
        for (List<String> part : InLists.chunks(ids)) {
            em.createQuery("select s from Source s where s.id in :ids", Source.class).setParameter("ids", part)
                    .getResultStream().forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    /** As {@link #unrestricted(String)}, locked for update (re-encryption under a new key). */
    public Source unrestrictedForUpdate(String id) {
        return em.createNamedQuery(Source.LOCK, Source.class).setParameter("id", id).getResultStream().findFirst().orElse(null);
    }

    /** The file whose data key is {@code dekId}, locked for update; empty if the key is not a file's (a prospect's). */
    public Optional<Source> unrestrictedByKeyForUpdate(String dekId) {
        return em.createQuery("SELECT s FROM Source s WHERE s.dekId = :dek", Source.class)
                .setParameter("dek", dekId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The handler: holds the HANDLER identity grant for the source, or registered it. */
    public boolean isHandler(Viewer viewer, Source source) {
        return viewer.userId().equals(source.registeredBy()) || grant(source.id(), viewer.userId())
                .map(g -> IdentityGrant.GrantRole.HANDLER.name().equals(g.grantRole())).orElse(false);
    }

    public Optional<IdentityGrant> grant(String sourceId, String userId) {
        return Optional.ofNullable(em.find(IdentityGrant.class, new IdentityGrant.Key(sourceId, userId)));
    }

    public void addGrant(IdentityGrant grant) {
        em.persist(grant);
        em.flush();
    }

    public void removeGrant(IdentityGrant grant) {
        em.remove(grant);
        em.flush();
    }

    private <T> TypedQuery<T> visible(Viewer viewer, String jpql, Class<T> type) {
        return em.createQuery(jpql, type)
                .setParameter("compartments", viewer.compartments())
                .setParameter("level", viewer.clearanceLevel());
    }
}
