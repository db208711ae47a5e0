package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.entity.User;
import org.hum.api.error.HumException;

/** Usernames for the ids recorded, and the witness named by username. */
@ApplicationScoped
public class People {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public String username(String userId) {
        if (userId == null) {
            return null;
        }
        User u = em.find(User.class, userId);
        return u == null ? null : u.username();
    }

    /** An enabled user by username; 400 naming the field otherwise. */
    public User witness(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username == null ? "" : username.strip())
                .getResultStream().filter(User::enabled).findFirst()
                .orElseThrow(() -> HumException.invalid("witness", "names no active user; give the witness's username"));
    }
}
