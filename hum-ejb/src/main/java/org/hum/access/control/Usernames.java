package org.hum.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.entity.User;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Staff usernames by user id, for the views that say who did what: one look-up per id within a
 * {@link Lookup} (a view of many rows names the same few people again and again).
 */
@ApplicationScoped
public class Usernames {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** A look-up for one view: ask it for as many ids as the view holds. */
    public Lookup lookup() {
        return new Lookup();
    }

    public final class Lookup {
        private final Map<String, String> names = new HashMap<>();

        private Lookup() {
        }

        /** The username of the user with this id; null for null; "(unknown user)" for one no longer on record. */
        public String of(String userId) {
            if (userId == null) {
                return null;
            }
            return names.computeIfAbsent(userId, u -> Optional.ofNullable(em.find(User.class, u)).map(User::username)
                    .orElse("(unknown user)"));
        }
    }
}
