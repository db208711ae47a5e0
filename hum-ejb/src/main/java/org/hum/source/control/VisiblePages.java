package org.hum.source.control;

import jakarta.persistence.EntityManager;
import org.hum.access.control.Viewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A page of a dashboard list of rows that each concern one file, found, ordered and counted in
 * SQL with the file's label against the reader (not destroyed, level at most their clearance,
 * compartment one of theirs), so that the list costs the same however many rows the installation
 * holds (docs/performance.md, "Statements per request"). The count stops at {@value #COUNT_CAP}.
 */
public final class VisiblePages {
    /** Rows a list counts before it says "this many or more". */
    public static final int COUNT_CAP = 1000;

    /** The ids of a page, and how many rows there are up to {@value #COUNT_CAP} ({@code atLeast}: that many or more). */
    public record Ids(List<String> ids, long total, boolean atLeast) {
    }

    private VisiblePages() {
    }

    /** The page's rows as entities of {@code type}, in the page's order, read in one statement. */
    public static <T> List<T> rows(EntityManager em, Class<T> type, Ids page, Function<T, String> idOf) {
        if (page.ids().isEmpty()) {
            return List.of();
        }
        Map<String, T> byId = new HashMap<>();
        em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type).setParameter("ids", page.ids())
                .getResultList().forEach(e -> byId.put(idOf.apply(e), e));
        return page.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * @param em       the persistence context to ask
     * @param id       the id column to return ({@code t.id})
     * @param from     the rows and their own conditions, joined to {@code source s}, ending where the
     *                 file's label conditions are appended ({@code from tasking t join source s on
     *                 s.id = t.source_id where t.status = ? and })
     * @param params   the parameters of {@code from}, in order
     * @param order    the order by which the page is cut, ending in a unique column
     */
    @SuppressWarnings("unchecked")
    public static Ids page(EntityManager em, String id, String from, List<Object> params, String order, Viewer viewer,
                           int offset, int limit) {
        if (viewer.compartments().isEmpty()) {
            return new Ids(List.of(), 0, false);
        }
        List<Object> all = new ArrayList<>(params);
        String where = from + label(viewer, all);
        return counted(em, "select " + id + " " + where + " order by " + order, "select 1 " + where, all, offset, limit);
    }

    /**
     * The file's label against the reader, as {@link #page} appends it: conditions on {@code s}
     * (a source), whose parameters are added to {@code params}. For a list whose rows come from
     * more than one table, each part joined to its file ({@link #counted}). A reader with no
     * compartment matches nothing.
     */
    public static String label(Viewer viewer, List<Object> params) {
        if (viewer.compartments().isEmpty()) {
            return "1 = 0";
        }
        params.add(viewer.clearanceLevel());
        params.addAll(viewer.compartments());
        return "s.destroyed_at is null and s.classification_level <= ? and s.compartment_code in ("
                + String.join(",", viewer.compartments().stream().map(c -> "?").toList()) + ")";
    }

    /**
     * A page of ids and their count up to {@value #COUNT_CAP}, the caller's statements already
     * holding every condition (the file's label among them: {@link #label}).
     *
     * @param ordered a select of one column, the id, ordered by the page's order ending in a unique column
     * @param rows    a select of the same rows (of anything): what is counted
     */
    @SuppressWarnings("unchecked")
    public static Ids counted(EntityManager em, String ordered, String rows, List<Object> params, int offset, int limit) {
        var count = em.createNativeQuery("select count(*) from (" + rows + " limit ?) counted");
        var page = em.createNativeQuery(ordered + " limit ? offset ?");
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            page.setParameter(i + 1, params.get(i));
        }
        count.setParameter(params.size() + 1, COUNT_CAP + 1);
        page.setParameter(params.size() + 1, limit).setParameter(params.size() + 2, offset);
        long counted = ((Number) count.getSingleResult()).longValue();
        List<String> ids = ((List<Object>) page.getResultList()).stream().map(String::valueOf).toList();
        return new Ids(ids, Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
    }
}
