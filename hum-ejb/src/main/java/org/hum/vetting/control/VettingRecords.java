package org.hum.vetting.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.config.control.InLists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.entity.User;
import org.hum.api.vetting.ValidationKind;
import org.hum.vetting.entity.SourceGrade;
import org.hum.vetting.entity.Validation;
import org.hum.vetting.entity.ValidationConclusion;
import org.hum.vetting.entity.ValidationDissent;
import org.hum.vetting.entity.ValidationOpen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and appends the vetting tables. It never reads the source table: callers resolve the
 * source first (through {@code SourceStore}, with the viewer's access rule) and come here with
 * its id.
 */
@ApplicationScoped
public class VettingRecords {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** Newest first. */
    public List<Validation> validations(String sourceId) {
        return em.createQuery("select v from Validation v where v.sourceId = :s order by v.recordedAt desc, v.id",
                Validation.class).setParameter("s", sourceId).getResultList();
    }

    public Optional<Validation> validation(String sourceId, String validationId) {
        return Optional.ofNullable(em.find(Validation.class, validationId)).filter(v -> v.sourceId().equals(sourceId));
    }

    public Optional<ValidationConclusion> conclusion(String validationId) {
        return Optional.ofNullable(em.find(ValidationConclusion.class, validationId));
    }

    /** The conclusions of a source's validations, by validation id. */
    public Map<String, ValidationConclusion> conclusions(String sourceId) {
        Map<String, ValidationConclusion> out = new HashMap<>();
        em.createQuery("select c from ValidationConclusion c, Validation v where c.validationId = v.id and v.sourceId = :s",
                ValidationConclusion.class).setParameter("s", sourceId).getResultList()
                .forEach(c -> out.put(c.validationId(), c));
        return out;
    }

    /** Every concluded validation of a source, as the clock reads it. */
    /** As {@link #concluded(String)}, for several files, in statements of {@link InLists#SIZE} ids: by file id (a file with none is absent). */
    public java.util.Map<String, List<VettingRules.Concluded>> concluded(java.util.Collection<String> sourceIds) {
        java.util.Map<String, List<VettingRules.Concluded>> out = new java.util.HashMap<>();
        for (List<String> chunk : InLists.chunks(sourceIds)) {
            em.createQuery("select v.sourceId, v.kind, c.suitable, c.concludedAt from ValidationConclusion c, Validation v "
                            + "where c.validationId = v.id and v.sourceId in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultStream()
                    .forEach(r -> out.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>()).add(
                            new VettingRules.Concluded(ValidationKind.valueOf((String) r[1]), (Boolean) r[2], (java.time.Instant) r[3])));
        }
        return out;
    }

    public List<VettingRules.Concluded> concluded(String sourceId) {
        return em.createQuery("select v.kind, c.suitable, c.concludedAt from ValidationConclusion c, Validation v "
                        + "where c.validationId = v.id and v.sourceId = :s", Object[].class)
                .setParameter("s", sourceId).getResultList().stream()
                .map(r -> new VettingRules.Concluded(ValidationKind.valueOf((String) r[0]), (Boolean) r[1],
                        (java.time.Instant) r[2]))
                .toList();
    }

    /** Oldest first. */
    public List<ValidationDissent> dissents(String validationId) {
        return em.createQuery("select d from ValidationDissent d where d.validationId = :v order by d.recordedAt, d.id",
                ValidationDissent.class).setParameter("v", validationId).getResultList();
    }

    public Optional<ValidationOpen> open(String sourceId) {
        return Optional.ofNullable(em.find(ValidationOpen.class, sourceId));
    }

    /** Sources with at least one concluded validation: the ones whose clocks run. */
    public List<String> sourcesWithConcludedValidations() {
        return em.createQuery("select distinct v.sourceId from ValidationConclusion c, Validation v "
                + "where c.validationId = v.id", String.class).getResultList();
    }

    /** As {@link #sourcesWithConcludedValidations()}, among these files only. */
    public List<String> sourcesWithConcludedValidations(java.util.Collection<String> among) {
        if (among.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct v.sourceId from ValidationConclusion c, Validation v "
                + "where c.validationId = v.id and v.sourceId in :among", String.class)
                .setParameter("among", among).getResultList();
    }

    /** Newest first. */
    public List<SourceGrade> grades(String sourceId) {
        return em.createQuery("select g from SourceGrade g where g.sourceId = :s order by g.seq desc", SourceGrade.class)
                .setParameter("s", sourceId).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(Object entity) {
        em.remove(entity);
        em.flush();
    }

    /** A user's username, for showing who did what; "(unknown)" for an id that names nobody. */
    public String username(String userId) {
        User u = userId == null ? null : em.find(User.class, userId);
        return u == null ? "(unknown)" : u.username();
    }
}
