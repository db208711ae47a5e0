package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.FileRekeying;

import java.util.List;

/**
 * The texts of the report versions whose key file is rotated follow its data key
 * ({@link FileRekeying}): only the sealed columns and their key version change.
 */
@ApplicationScoped
public class ReportRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    ReportStore store;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            @SuppressWarnings("unchecked")
            var ids = (List<Object>) em.createNativeQuery("select id from report_version where key_source_id = ?")
                    .setParameter(1, file.sourceId()).getResultList();
            for (Object id : ids) {
                VersionRow v = store.find((String) id).orElseThrow();
                if (!file.due(v.dekVersion())) {
                    continue;
                }
                em.createNativeQuery("update report_version set dek_version = ?, title = ?, notes = ?, releasable_text = ?, "
                                + "subject = ?, area = ? where id = ?")
                        .setParameter(1, file.version())
                        .setParameter(2, move(file, v, VersionRow.TITLE, v.title()))
                        .setParameter(3, move(file, v, VersionRow.NOTES, v.notes()))
                        .setParameter(4, move(file, v, VersionRow.RELEASABLE_TEXT, v.releasableText()))
                        .setParameter(5, move(file, v, VersionRow.SUBJECT, v.subject()))
                        .setParameter(6, move(file, v, VersionRow.AREA, v.area()))
                        .setParameter(7, v.id()).executeUpdate();
            }
        });
    }

    private static byte[] move(FileRekeying.Rekey file, VersionRow v, String column, byte[] envelope) {
        return envelope == null ? null : file.move(VersionRow.ENTITY, column, v.id(), envelope);
    }
}
