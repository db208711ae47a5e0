package org.hum.config.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.hum.api.admin.PortView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.config.entity.Port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ports of entry, west to east (docs/domain.md, "Oversight"): the reference list every record
 * that concerns a port names ports from. A new record may name only ports in service.
 */
@ApplicationScoped
public class Ports {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public List<Port> all() {
        return em.createQuery("select p from Port p order by p.position, p.code", Port.class).getResultList();
    }

    public Optional<Port> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Port.class, code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Adds a port. Two administrators adding the same code or name at once both pass the checks
     * before either writes; the unique keys refuse the second, which is answered 409 (never 500),
     * its transaction rolled back.
     */
    public void add(Port port) {
        try {
            em.persist(port);
            em.flush();
        } catch (PersistenceException e) {
            if (DatabaseRaces.duplicateKey(e)) {
                throw new HumException(ErrorCode.CONFLICT, "A port of entry with that code or name was added at the same "
                        + "moment by someone else; reload the list and change that one instead.");
            }
            throw e;
        }
    }

    public static PortView view(Port p) {
        return new PortView(p.code(), p.name(), p.state(), p.position(), p.retired());
    }

    /**
     * The codes as given, upper-cased and without repeats, each a port in service; else a 400 naming
     * {@code field} and the first code that is not one.
     */
    public List<String> inService(List<String> codes, String field) {
        return inServiceOrKept(codes, List.of(), field);
    }

    /**
     * As {@link #inService}, but a retired port the record already names ({@code kept}) may stay on it:
     * retiring a port does not make the records that name it unchangeable.
     */
    public List<String> inServiceOrKept(List<String> codes, Collection<String> kept, String field) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            Optional<Port> p = c == null || c.length() > 32 ? Optional.empty() : find(c);
            if (p.isEmpty()) {
                throw HumException.invalid(field, "names a port of entry that does not exist (the " + ordinal(i + 1)
                        + "); GET /api/ports-of-entry lists their codes");
            }
            if (p.get().retired() && !kept.contains(p.get().code())) {
                throw HumException.invalid(field, "names a retired port of entry (the " + ordinal(i + 1)
                        + "); choose one in service");
            }
            out.add(p.get().code());
        }
        return new ArrayList<>(out);
    }

    /** The names of these ports as the list has them now, in the same order (a code the list lacks stays as it is). */
    public List<String> names(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Map<String, String> byCode = new HashMap<>();
        all().forEach(p -> byCode.put(p.code(), p.name()));
        return codes.stream().map(c -> byCode.getOrDefault(c, c)).toList();
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }
}
