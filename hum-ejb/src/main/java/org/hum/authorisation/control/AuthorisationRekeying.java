package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.AuthorisationAmendment;
import org.hum.authorisation.entity.AuthorisationReview;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.FileRekeying;

/**
 * The texts of a file's authorisations, their reviews and amendments, and its OIA authorisations
 * follow the file's data key ({@link FileRekeying}). Each row's {@code dek_version} follows its
 * envelopes, so a text added later (a decision or cancellation reason) is sealed under the live
 * version; the account may update only these columns of the append-only review table.
 * Notifications and instructions hold no text.
 */
@ApplicationScoped
public class AuthorisationRekeying {
    @Inject
    FileRekeying rekeying;

    @Inject
    AuthorisationStore store;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (Authorisation a : store.authorisationsOf(file.sourceId())) {
                if (file.due(a.dekVersion())) {
                    String e = Authorisation.ENTITY;
                    a.rekeyed(file.version(), file.move(e, Authorisation.NECESSITY, a.id(), a.necessity()),
                            file.move(e, Authorisation.PROPORTIONALITY, a.id(), a.proportionality()),
                            file.move(e, Authorisation.TASKS, a.id(), a.tasks()),
                            file.move(e, Authorisation.COLLATERAL_INTRUSION, a.id(), a.collateralIntrusion()),
                            file.move(e, Authorisation.CONFIDENTIAL_INFO, a.id(), a.confidentialInfo()),
                            file.move(e, Authorisation.DECISION_REASON, a.id(), a.decisionReason()),
                            file.move(e, Authorisation.CANCEL_REASON, a.id(), a.cancelReason()));
                }
                for (AuthorisationReview r : store.reviewsOf(a.id())) {
                    if (file.due(r.dekVersion())) {
                        String e = AuthorisationReview.ENTITY;
                        r.rekeyed(file.version(), file.move(e, AuthorisationReview.USE_MADE, r.id(), r.useMade()),
                                file.move(e, AuthorisationReview.TASKS_GIVEN, r.id(), r.tasksGiven()),
                                file.move(e, AuthorisationReview.INFORMATION_OBTAINED, r.id(), r.informationObtained()));
                    }
                }
            }
            for (AuthorisationAmendment m : store.amendmentsOfSource(file.sourceId())) {
                if (file.due(m.dekVersion())) {
                    m.rekeyed(file.version(), file.move(AuthorisationAmendment.ENTITY, AuthorisationAmendment.REASON, m.id(),
                            m.reason()));
                }
            }
            for (OiaAuthorisation o : store.oiaOf(file.sourceId())) {
                if (file.due(o.dekVersion())) {
                    o.rekeyed(file.version(), file.move(OiaAuthorisation.ENTITY, OiaAuthorisation.CONDUCT, o.id(), o.conduct()),
                            file.move(OiaAuthorisation.ENTITY, OiaAuthorisation.END_REASON, o.id(), o.endReason()));
                }
            }
            store.flush();
        });
    }
}
