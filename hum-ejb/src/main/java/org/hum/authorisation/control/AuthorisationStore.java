package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.config.control.InLists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.AuthorisationReview;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.authorisation.entity.OiaNotification;
import org.hum.authorisation.entity.SourceInstructions;

import org.hum.rules.control.FileQuery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hum.authorisation.entity.AuthorisationAmendment;

/**
 * The authorisation tables. Callers resolve the source through the access-aware
 * {@code SourceStore} first: nothing here checks a viewer.
 */
@ApplicationScoped
public class AuthorisationStore {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public void add(Object entity) {
        // flushed one by one: the foreign keys are not JPA relationships, so nothing else orders the inserts
        em.persist(entity);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<Authorisation> authorisation(String id) {
        return Optional.ofNullable(em.find(Authorisation.class, id));
    }

    public Optional<Authorisation> authorisationForUpdate(String id) {
        return Optional.ofNullable(em.find(Authorisation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Authorisation> authorisationsOf(String sourceId) {
        return em.createQuery("select a from Authorisation a where a.sourceId = :s order by a.appliedAt desc, a.id",
                Authorisation.class).setParameter("s", sourceId).getResultList();
    }

    /** Every granted authorisation (in force or run out, not cancelled): the deadlines' input. */
    public List<Authorisation> granted() {
        return em.createQuery("select a from Authorisation a where a.status = 'GRANTED'", Authorisation.class)
                .getResultList();
    }

    /**
     * The files with an authorisation granted and in force at {@code now} (its end after it), the
     * register's authorisation filter: a condition on the file's row, whose {@code
     * authorisation_ends_at} is the latest end of its granted authorisations, moved with each grant,
     * renewal and cancellation ({@code SourceStore.mirrorAuthorisation}), so that one granted
     * authorisation ends after {@code now} exactly when that end does. Never null when it holds, so
     * that its negation is every other file, those without an authorisation among them.
     */
    public FileQuery inForceQuery(Instant now) {
        return FileQuery.onRow("s.authorisation_ends_at is not null and s.authorisation_ends_at > ?",
                List.of(java.sql.Timestamp.from(now)));
    }

    /** The granted authorisations of these files (a page of the register). */
    public List<Authorisation> granted(java.util.Collection<String> sourceIds) {
        return em.createQuery("select a from Authorisation a where a.status = 'GRANTED' and a.sourceId in :ids",
                Authorisation.class).setParameter("ids", sourceIds).getResultList();
    }

    /**
     * The authorisations in force at {@code now} of these sources (the latest end wins, then the
     * greatest id, as the compliance list's SQL chooses: {@code TaskingStore.outsideAuthorisation}),
     * by source: a few statements for any number.
     */
    public java.util.Map<String, Authorisation> inForce(java.util.Collection<String> sourceIds, Instant now) {
        java.util.Map<String, Authorisation> out = new java.util.HashMap<>();
        for (List<String> part : InLists.chunks(new java.util.LinkedHashSet<>(sourceIds))) {
            em.createQuery("select a from Authorisation a where a.sourceId in :s and a.status = 'GRANTED' and a.endsAt > :now",
                            Authorisation.class).setParameter("s", part).setParameter("now", now).getResultList()
                    .forEach(a -> out.merge(a.sourceId(), a, (x, y) -> LATEST.compare(x, y) >= 0 ? x : y));
        }
        return out;
    }

    /** Which of two authorisations in force is the one in force: the later end, then the greater id. */
    private static final Comparator<Authorisation> LATEST = Comparator.comparing(Authorisation::endsAt)
            .thenComparing(Authorisation::id);

    /** The authorisation of this source in force at {@code now}, if any (the latest end wins, then the greatest id). */
    public Optional<Authorisation> inForce(String sourceId, Instant now) {
        return em.createQuery("select a from Authorisation a where a.sourceId = :s and a.status = 'GRANTED' "
                        + "and a.endsAt > :now", Authorisation.class)
                .setParameter("s", sourceId).setParameter("now", now).getResultStream()
                .max(LATEST);
    }

    public List<AuthorisationAmendment> amendmentsOf(String authorisationId) {
        return em.createQuery("select m from AuthorisationAmendment m where m.authorisationId = :a "
                        + "order by m.appliedAt, m.id", AuthorisationAmendment.class)
                .setParameter("a", authorisationId).getResultList();
    }

    public List<AuthorisationAmendment> amendmentsOfSource(String sourceId) {
        return em.createQuery("select m from AuthorisationAmendment m where m.sourceId = :s",
                        AuthorisationAmendment.class)
                .setParameter("s", sourceId).getResultList();
    }

    public Optional<AuthorisationAmendment> amendmentForUpdate(String id) {
        return Optional.ofNullable(em.find(AuthorisationAmendment.class, id,
                LockModeType.PESSIMISTIC_WRITE));
    }

    public List<AuthorisationReview> reviewsOf(String authorisationId) {
        return em.createQuery("select r from AuthorisationReview r where r.authorisationId = :a "
                + "order by r.reviewedAt desc, r.id", AuthorisationReview.class)
                .setParameter("a", authorisationId).getResultList();
    }

    public Optional<Instant> lastReview(String authorisationId) {
        return Optional.ofNullable(em.createQuery("select max(r.reviewedAt) from AuthorisationReview r "
                + "where r.authorisationId = :a", Instant.class).setParameter("a", authorisationId).getSingleResult());
    }

    /** As {@link #lastReview}, for several authorisations in one statement: the latest review of each that has one. */
    public Map<String, Instant> lastReviews(java.util.Collection<String> authorisationIds) {
        Map<String, Instant> out = new java.util.HashMap<>();
        for (List<String> chunk : InLists.chunks(authorisationIds)) {
            em.createQuery("select r.authorisationId, max(r.reviewedAt) from AuthorisationReview r "
                            + "where r.authorisationId in :ids group by r.authorisationId", Object[].class)
                    .setParameter("ids", chunk).getResultStream()
                    .forEach(r -> out.put((String) r[0], (Instant) r[1]));
        }
        return out;
    }

    public Optional<OiaAuthorisation> oia(String id) {
        return Optional.ofNullable(em.find(OiaAuthorisation.class, id));
    }

    public List<OiaAuthorisation> oiaOf(String sourceId) {
        return em.createQuery("select o from OiaAuthorisation o where o.sourceId = :s order by o.grantedAt desc, o.id",
                OiaAuthorisation.class).setParameter("s", sourceId).getResultList();
    }

    public List<OiaAuthorisation> oiaGranted() {
        return em.createQuery("select o from OiaAuthorisation o where o.status = 'GRANTED'", OiaAuthorisation.class)
                .getResultList();
    }

    public List<OiaAuthorisation> oiaGrantedOf(java.util.Collection<String> sourceIds) {
        return em.createQuery("select o from OiaAuthorisation o where o.sourceId in :ids and o.status = 'GRANTED'",
                OiaAuthorisation.class).setParameter("ids", sourceIds).getResultList();
    }

    public List<OiaAuthorisation> oiaGrantedOf(String sourceId) {
        return em.createQuery("select o from OiaAuthorisation o where o.sourceId = :s and o.status = 'GRANTED'",
                OiaAuthorisation.class).setParameter("s", sourceId).getResultList();
    }

    public List<OiaNotification> notificationsOf(String oiaId) {
        return em.createQuery("select n from OiaNotification n where n.oiaId = :o order by n.dueOn, n.id",
                OiaNotification.class).setParameter("o", oiaId).getResultList();
    }

    public List<OiaNotification> notificationsOutstanding() {
        return em.createQuery("select n from OiaNotification n where n.notifiedAt is null", OiaNotification.class)
                .getResultList();
    }

    /**
     * As {@link #notificationsOutstanding()}, of these files' OIA authorisations only: a register
     * page's, which reads no other file's (docs/performance.md, "Statements per request").
     */
    public List<OiaNotification> notificationsOutstandingOf(java.util.Collection<String> sourceIds) {
        List<OiaNotification> out = new java.util.ArrayList<>();
        for (List<String> part : InLists.statementLists(sourceIds)) {
            out.addAll(em.createQuery("select n from OiaNotification n where n.notifiedAt is null and n.oiaId in "
                    + "(select o.id from OiaAuthorisation o where o.sourceId in :ids)", OiaNotification.class)
                    .setParameter("ids", part).getResultList());
        }
        return out;
    }

    public List<SourceInstructions> instructionsOf(String sourceId) {
        return em.createQuery("select i from SourceInstructions i where i.sourceId = :s order by i.givenAt desc, i.id",
                SourceInstructions.class).setParameter("s", sourceId).getResultList();
    }

    /** The last instructions given at or before {@code now}. */
    /** The end of the authorisation in force and when instructions were last given, as of {@code now}. */
    public record Clocks(Optional<Instant> authorisedUntil, Optional<Instant> lastInstructions) {
    }

    /**
     * {@link #inForce}'s end and {@link #lastInstructions} in one statement of two indexed maxima,
     * building no authorisation (a wide row of sealed texts): what the lifecycle policy asks on
     * every guarded action.
     */
    public Clocks clocks(String sourceId, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("select (select max(a.ends_at) from authorisation a "
                        + "where a.source_id = ? and a.status = 'GRANTED' and a.ends_at > ?), "
                        + "(select max(i.given_at) from source_instructions i where i.source_id = ? and i.given_at <= ?)")
                .setParameter(1, sourceId).setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, sourceId).setParameter(4, java.sql.Timestamp.from(now)).getSingleResult();
        return new Clocks(Optional.ofNullable(instant(row[0])), Optional.ofNullable(instant(row[1])));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return java.sql.Timestamp.valueOf(l).toInstant();
        }
        return (Instant) value;
    }

    public Optional<Instant> lastInstructions(String sourceId, Instant now) {
        return Optional.ofNullable(em.createQuery("select max(i.givenAt) from SourceInstructions i "
                        + "where i.sourceId = :s and i.givenAt <= :now", Instant.class)
                .setParameter("s", sourceId).setParameter("now", now).getSingleResult());
    }

    /** Sources with instructions on record, with the last time they were given. */
    public List<Object[]> lastInstructionsPerSource() {
        return em.createQuery("select i.sourceId, max(i.givenAt) from SourceInstructions i group by i.sourceId",
                Object[].class).getResultList();
    }

    /** As {@link #lastInstructionsPerSource()}, for these files only. */
    public List<Object[]> lastInstructionsPerSource(java.util.Collection<String> sourceIds) {
        return em.createQuery("select i.sourceId, max(i.givenAt) from SourceInstructions i where i.sourceId in :ids "
                + "group by i.sourceId", Object[].class).setParameter("ids", sourceIds).getResultList();
    }
}
