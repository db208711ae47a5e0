package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.tasking.TaskingStatus;
import org.hum.rules.control.TaskingRegister;

import java.util.Optional;

/** The {@link TaskingRegister} the other features read: a tasking's source, reference and state, by id. */
@ApplicationScoped
public class TaskingRegistry implements TaskingRegister {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Override
    public Optional<TaskingFact> tasking(String taskingId) {
        if (taskingId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select id, source_id, reference, status from tasking where id = ?")
                .setParameter(1, taskingId).getResultList();
        return rows.stream().findFirst().map(r -> new TaskingFact((String) r[0], (String) r[1], (String) r[2],
                TaskingStatus.valueOf((String) r[3])));
    }
}
