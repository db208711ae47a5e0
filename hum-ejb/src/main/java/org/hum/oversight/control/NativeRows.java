package org.hum.oversight.control;

import jakarta.persistence.EntityManager;

import java.util.List;

/** A native query's rows, with its positional parameters in order: the oversight reads' one way to ask. */
final class NativeRows {
    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> of(EntityManager em, String sql, List<?> parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q.getResultList();
    }
}
