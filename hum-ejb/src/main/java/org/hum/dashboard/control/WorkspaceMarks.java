package org.hum.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.dashboard.entity.WorkspaceMark;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.prospect.entity.Prospect;
import org.hum.source.control.FileRekeying;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceTexts;
import org.hum.source.entity.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The workspace's marks (docs/domain.md, "Oversight"): kept, never changed but for the note's
 * re-encryption when the file's key rotates. A note is sealed under the key of the file the line
 * concerns, or of the prospect for a prospect's line, bound to this table, column and row.
 */
@ApplicationScoped
public class WorkspaceMarks {
    @Inject
    WorkspaceTexts texts;

    @Inject
    SourceFiles files;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    @Inject
    FileRekeying rekeying;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** Every mark of these lines, oldest first, by line key. */
    public Map<String, List<WorkspaceMark>> of(Collection<String> keys) {
        Map<String, List<WorkspaceMark>> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        for (WorkspaceMark m : em.createQuery("select m from WorkspaceMark m where m.lineKey in :keys order by m.markedAt, m.id",
                WorkspaceMark.class).setParameter("keys", keys).getResultList()) {
            out.computeIfAbsent(m.lineKey(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    public void add(String lineKey, String sourceId, String prospectId, String note, String by, Instant at) {
        String id = UUID.randomUUID().toString();
        if (sourceId != null) {
            Source s = files.unrestricted(sourceId).orElseThrow();
            em.persist(new WorkspaceMark(id, lineKey, sourceId, null, s.dekVersion(),
                    texts.seal(texts.key(s), WorkspaceMark.ENTITY, WorkspaceMark.NOTE, id, note), by, at));
        } else {
            Prospect p = em.find(Prospect.class, prospectId);
            em.persist(new WorkspaceMark(id, lineKey, null, prospectId, p.dekVersion(),
                    cipher.encryptString(dataKeys.load(p.dekId(), p.dekVersion()),
                            new FieldContext(WorkspaceMark.ENTITY, WorkspaceMark.NOTE, id), note.strip()), by, at));
        }
        em.flush();
    }

    /** The mark's note; one that no longer opens (its key destroyed) reads as {@link SourceTexts#UNREADABLE}. */
    public String note(WorkspaceMark m) {
        if (m.sourceId() != null) {
            return files.unrestricted(m.sourceId())
                    .map(s -> texts.open(s, m.dekVersion(), WorkspaceMark.ENTITY, WorkspaceMark.NOTE, m.id(), m.note()))
                    .orElse(SourceTexts.UNREADABLE);
        }
        Prospect p = em.find(Prospect.class, m.prospectId());
        try {
            return cipher.decryptString(dataKeys.load(p.dekId(), m.dekVersion()),
                    new FieldContext(WorkspaceMark.ENTITY, WorkspaceMark.NOTE, m.id()), m.note());
        } catch (CryptoIntegrityException | IllegalStateException e) {
            return SourceTexts.UNREADABLE;
        }
    }

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (WorkspaceMark m : em.createQuery("select m from WorkspaceMark m where m.sourceId = :s", WorkspaceMark.class)
                    .setParameter("s", file.sourceId()).getResultList()) {
                if (file.due(m.dekVersion())) {
                    m.rekeyed(file.version(), file.move(WorkspaceMark.ENTITY, WorkspaceMark.NOTE, m.id(), m.note()));
                }
            }
            em.flush();
        });
    }
}
