package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.OiaAuthorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the authorisations of a source allow it to do, for the features that task it (docs/domain.md, "Tasking").
 * Read by source id for a boundary that has already resolved the file for its caller.
 */
@ApplicationScoped
public class AuthorisedActivities {
    @Inject
    AuthorisationStore store;

    /**
     * The authorisation in force at {@code now} and the activities it covers.
     *
     * @param authorisationId the authorisation in force
     * @param endsAt          the end of its current term
     */
    public record Cover(String authorisationId, Instant endsAt, Set<AuthorisedActivity> activities) {
    }

    public Optional<Cover> inForce(String sourceId, Instant now) {
        return store.inForce(sourceId, now).map(a -> new Cover(a.id(), a.endsAt(), a.activities()));
    }

    /** What the authorisations in force at {@code now} of these sources cover, by source (a source without one is absent). */
    public java.util.Map<String, Cover> inForce(java.util.Collection<String> sourceIds, Instant now) {
        java.util.Map<String, Cover> out = new java.util.HashMap<>();
        store.inForce(sourceIds, now).forEach((id, a) -> out.put(id, new Cover(a.id(), a.endsAt(), a.activities())));
        return out;
    }

    /**
     * An OIA authorisation of this source granted, acknowledged by the source, in force
     * {@code today} and still in force on {@code dueOn}.
     */
    public boolean oiaCovers(String sourceId, LocalDate today, LocalDate dueOn) {
        return store.oiaGrantedOf(sourceId).stream()
                .anyMatch(o -> covers(o, today, dueOn));
    }

    static boolean covers(OiaAuthorisation o, LocalDate today, LocalDate dueOn) {
        return o.acknowledgedAt() != null && o.inForce(today) && !dueOn.isAfter(o.endsOn());
    }

    /** The authorisation by id (the one in force when a tasking was issued). */
    public Optional<Authorisation> authorisation(String id) {
        return id == null ? Optional.empty() : store.authorisation(id);
    }
}
