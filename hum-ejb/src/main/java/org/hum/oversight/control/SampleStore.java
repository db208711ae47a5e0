package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.oversight.entity.FileSample;
import org.hum.oversight.entity.SampleChecklist;
import org.hum.oversight.entity.SampleMember;

import java.util.List;
import java.util.Optional;

/** Samples, their members and checklists. System reads: the boundary filters by what the caller may see. */
@ApplicationScoped
public class SampleStore {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public void record(FileSample sample, List<SampleMember> members) {
        em.persist(sample);
        em.flush(); // the members' foreign key needs the sample's row first
        members.forEach(em::persist);
        em.flush();
    }

    public Optional<FileSample> find(String id, boolean locking) {
        return Optional.ofNullable(locking ? em.find(FileSample.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(FileSample.class, id));
    }

    /** Newest first. */
    public List<FileSample> all() {
        return em.createQuery("select s from FileSample s order by s.seq desc", FileSample.class).getResultList();
    }

    public List<SampleMember> members(String sampleId) {
        return em.createQuery("select m from SampleMember m where m.sampleId = :s order by m.position", SampleMember.class)
                .setParameter("s", sampleId).getResultList();
    }

    public List<SampleChecklist> checklists(String sampleId) {
        return em.createQuery("select c from SampleChecklist c where c.sampleId = :s", SampleChecklist.class)
                .setParameter("s", sampleId).getResultList();
    }

    public List<SampleChecklist> checklistsOf(String sourceId) {
        return em.createQuery("select c from SampleChecklist c where c.sourceId = :s", SampleChecklist.class)
                .setParameter("s", sourceId).getResultList();
    }

    public void record(SampleChecklist checklist) {
        em.persist(checklist);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
