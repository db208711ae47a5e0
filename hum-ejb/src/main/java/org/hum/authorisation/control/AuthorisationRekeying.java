package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.AuthorisationReview;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.keys.control.DataKeys;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.util.HashMap;
import java.util.Map;

/**
 * When a source file moves to a new version of its data key, the texts of its authorisations,
 * their reviews and its OIA authorisations move with it, in the rotation's transaction:
 * otherwise they would become unreadable once the old version is destroyed. Each row's
 * {@code dek_version} follows its envelopes, so a text added to the row later (a decision or
 * cancellation reason) is sealed under the live version. What the texts say stays as written;
 * the account may update only these columns of the append-only review table (V016).
 * Notifications and instructions hold no text. A text that fails its check fails the
 * rotation (the file stays readable under its old key), never silently.
 */
@ApplicationScoped
public class AuthorisationRekeying {
    @Inject
    SourceStore sources;

    @Inject
    AuthorisationStore store;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys dataKeys;

    void rekey(@Observes DataKeyRotated rotated) {
        // key administration acts on ids only and hands nothing to a person
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        DataKey next = rotated.next();
        Map<Integer, DataKey> keys = new HashMap<>();
        int done = 0;
        for (Authorisation a : store.authorisationsOf(source.id())) {
            if (a.dekVersion() != next.version()) {
                Texts t = new Texts(source, keys, a.dekVersion(), next, Authorisation.ENTITY, a.id());
                a.rekeyed(next.version(), t.move(Authorisation.NECESSITY, a.necessity()),
                        t.move(Authorisation.PROPORTIONALITY, a.proportionality()), t.move(Authorisation.TASKS, a.tasks()),
                        t.move(Authorisation.COLLATERAL_INTRUSION, a.collateralIntrusion()),
                        t.move(Authorisation.CONFIDENTIAL_INFO, a.confidentialInfo()),
                        t.move(Authorisation.DECISION_REASON, a.decisionReason()),
                        t.move(Authorisation.CANCEL_REASON, a.cancelReason()));
                done += t.moved;
            }
            for (AuthorisationReview r : store.reviewsOf(a.id())) {
                if (r.dekVersion() != next.version()) {
                    Texts t = new Texts(source, keys, r.dekVersion(), next, AuthorisationReview.ENTITY, r.id());
                    r.rekeyed(next.version(), t.move(AuthorisationReview.USE_MADE, r.useMade()),
                            t.move(AuthorisationReview.TASKS_GIVEN, r.tasksGiven()),
                            t.move(AuthorisationReview.INFORMATION_OBTAINED, r.informationObtained()));
                    done += t.moved;
                }
            }
        }
        for (OiaAuthorisation o : store.oiaOf(source.id())) {
            if (o.dekVersion() != next.version()) {
                Texts t = new Texts(source, keys, o.dekVersion(), next, OiaAuthorisation.ENTITY, o.id());
                o.rekeyed(next.version(), t.move(OiaAuthorisation.CONDUCT, o.conduct()),
                        t.move(OiaAuthorisation.END_REASON, o.endReason()));
                done += t.moved;
            }
        }
        store.flush();
        rotated.reencrypted(done);
    }

    /** The texts of one row: opened under the row's version, sealed under the next, bound to the same place. */
    private final class Texts {
        private final DataKey from;
        private final DataKey next;
        private final String entity;
        private final String rowId;
        int moved;

        Texts(Source source, Map<Integer, DataKey> keys, int version, DataKey next, String entity, String rowId) {
            this.from = keys.computeIfAbsent(version, v -> dataKeys.load(source.dekId(), v));
            this.next = next;
            this.entity = entity;
            this.rowId = rowId;
        }

        byte[] move(String column, byte[] envelope) {
            if (envelope == null) {
                return null;
            }
            FieldContext place = new FieldContext(entity, column, rowId);
            moved++;
            return cipher.encryptString(next, place, cipher.decryptString(from, place, envelope));
        }
    }
}
