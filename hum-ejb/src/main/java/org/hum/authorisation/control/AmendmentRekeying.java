package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.authorisation.entity.AuthorisationAmendment;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

/**
 * A rotation of a source file's data key re-encrypts the reasons of its authorisations'
 * amendments in the rotation's transaction (as {@link AuthorisationRekeying} does for the
 * other texts). A reason that fails its check fails the rotation.
 */
@ApplicationScoped
public class AmendmentRekeying {
    @Inject
    SourceStore sources;

    @Inject
    AuthorisationStore store;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    void rekey(@Observes DataKeyRotated rotated) {
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        DataKey next = rotated.next();
        int done = 0;
        for (AuthorisationAmendment m : store.amendmentsOfSource(source.id())) {
            if (m.dekVersion() == next.version()) {
                continue;
            }
            DataKey from = dataKeys.load(source.dekId(), m.dekVersion());
            FieldContext place = new FieldContext(AuthorisationAmendment.ENTITY, AuthorisationAmendment.REASON, m.id());
            m.rekeyed(next.version(), cipher.encryptString(next, place, cipher.decryptString(from, place, m.reason())));
            done++;
        }
        store.flush();
        rotated.reencrypted(done);
    }
}
