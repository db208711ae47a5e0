package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.keys.control.DataKeyRotated;
import org.hum.oversight.entity.RelevantError;
import org.hum.source.control.FileRekeying;

/** A relevant error's description and closing note follow the file's data key ({@link FileRekeying}). */
@ApplicationScoped
public class ErrorRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    ErrorRegisterStore store;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (RelevantError e : store.of(file.sourceId())) {
                if (file.due(e.dekVersion())) {
                    e.rekeyed(file.version(), file.move(RelevantError.ENTITY, RelevantError.DESCRIPTION, e.id(), e.description()),
                            file.move(RelevantError.ENTITY, RelevantError.CLOSING_NOTE, e.id(), e.closingNote()));
                }
            }
            store.flush();
        });
    }
}
