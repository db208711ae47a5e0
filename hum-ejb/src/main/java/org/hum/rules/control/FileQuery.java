package org.hum.rules.control;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Files named by one SQL select of a single column of file ids, named {@code id}, with its
 * parameters in order, and, when they are the files a condition on the file's own row meets, that
 * condition ({@code row}, else null): a set the database finds on its own indexes, for another statement to use
 * as a subquery, so that the ids are never carried through the server and sent back
 * (docs/performance.md, "At scale"). It says nothing of who may see a file: the statement that
 * uses it applies the viewer's conditions.
 */
public record FileQuery(String sql, List<Object> parameters, String row) {
    public FileQuery {
        parameters = List.copyOf(parameters);
    }

    /** Files another table's rows name. */
    public FileQuery(String sql, List<Object> parameters) {
        this(sql, parameters, null);
    }

    /**
     * The files a condition on a column kept on the file's own row meets, the row named {@code s}:
     * a statement over the files can test it on the row ({@link #row()}) instead of joining the
     * files it names, and read it from an index the condition's column leads.
     */
    public static FileQuery onRow(String condition, List<Object> parameters) {
        return new FileQuery("select s.id as id from source s where " + condition, parameters, condition);
    }

    /**
     * The files it names, at most {@code limit} + 1 of them, so that a caller can tell a short list
     * from a long one: the same files as the subquery, never a second statement of the same rule.
     */
    @SuppressWarnings("unchecked")
    public List<String> first(EntityManager em, int limit) {
        var q = em.createNativeQuery("select distinct x.id from (" + sql + ") x limit ?");
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object>) q.setParameter(parameters.size() + 1, limit + 1).getResultList()).stream()
                .map(String::valueOf).toList();
    }

    /** The files any of these name, as one query. */
    public static FileQuery union(List<FileQuery> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        return new FileQuery(String.join(" union ", queries.stream().map(FileQuery::sql).toList()),
                queries.stream().flatMap(q -> q.parameters().stream()).toList());
    }
}
