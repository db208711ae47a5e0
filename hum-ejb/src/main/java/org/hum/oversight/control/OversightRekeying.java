package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeyRotated;
import org.hum.oversight.entity.RelevantError;
import org.hum.oversight.entity.SampleChecklist;
import org.hum.source.control.FileRekeying;

/**
 * A relevant error's description and closing note, and a sampled file's checklist note, follow the
 * file's data key ({@link FileRekeying}).
 */
@ApplicationScoped
public class OversightRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    ErrorRegisterStore store;

    @Inject
    SampleStore samples;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (RelevantError e : store.of(file.sourceId())) {
                if (file.due(e.dekVersion())) {
                    e.rekeyed(file.version(), file.move(RelevantError.ENTITY, RelevantError.DESCRIPTION, e.id(), e.description()),
                            file.move(RelevantError.ENTITY, RelevantError.CLOSING_NOTE, e.id(), e.closingNote()));
                }
            }
            for (SampleChecklist c : samples.checklistsOf(file.sourceId())) {
                if (file.due(c.dekVersion())) {
                    c.rekeyed(file.version(), file.move(SampleChecklist.ENTITY, SampleChecklist.NOTE, c.rowId(), c.note()));
                }
            }
            store.flush();
        });
    }
}
