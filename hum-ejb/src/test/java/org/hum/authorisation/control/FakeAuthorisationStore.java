package org.hum.authorisation.control;

import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.OiaAuthorisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An in-memory store for unit tests: authorisations, OIA, instructions, and what was added. */
public class FakeAuthorisationStore extends AuthorisationStore {
    public final List<Authorisation> authorisations = new ArrayList<>();
    public final List<OiaAuthorisation> oia = new ArrayList<>();
    public final List<Instant> instructions = new ArrayList<>();
    public final List<Object> added = new ArrayList<>();

    @Override
    public void add(Object entity) {
        added.add(entity);
    }

    @Override
    public void flush() {
    }

    @Override
    public Optional<Authorisation> inForce(String sourceId, Instant now) {
        return authorisations.stream().filter(a -> a.sourceId().equals(sourceId) && a.inForce(now))
                .max(Comparator.comparing(Authorisation::endsAt));
    }

    @Override
    public Optional<Instant> lastInstructions(String sourceId, Instant now) {
        return instructions.stream().filter(i -> !i.isAfter(now)).max(Comparator.naturalOrder());
    }

    @Override
    public Clocks clocks(String sourceId, Instant now) {
        return new Clocks(inForce(sourceId, now).map(Authorisation::endsAt), lastInstructions(sourceId, now));
    }

    @Override
    public List<OiaAuthorisation> oiaGrantedOf(String sourceId) {
        return oia.stream().filter(o -> o.sourceId().equals(sourceId) && OiaAuthorisation.GRANTED.equals(o.status()))
                .toList();
    }
}
