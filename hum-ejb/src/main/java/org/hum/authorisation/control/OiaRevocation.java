package org.hum.authorisation.control;

import org.hum.source.control.SourceFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.authorisation.entity.OiaNotification;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourceDeactivated;

import java.time.LocalDate;
import java.util.UUID;

/**
 * docs/domain.md, "Lifecycle" 8: deactivating a source revokes every OIA authorisation of it that
 * has not yet run out (in force, or granted to start later) at once, in the deactivating transaction (a failure here fails the deactivation). Each
 * revocation is audited and, where the profile notifies, owes a notification.
 */
@ApplicationScoped
public class OiaRevocation {
    @Inject
    AuthorisationStore store;

    @Inject
    Rules rules;

    @Inject
    AuditTrail audit;

    @Inject
    SourceFiles files;

    public void onDeactivation(@Observes SourceDeactivated event) {
        String label = files.unrestricted(event.sourceId()).map(files::label).orElse(null);
        LocalDate today = AuthorisationClocks.day(event.at());
        for (OiaAuthorisation o : store.oiaGrantedOf(event.sourceId())) {
            // one whose last day has passed expired on its own: nothing is left to revoke or to notify
            if (!o.endsOn().isBefore(today)) {
                revoke(o, event, label);
            }
        }
    }

    void revoke(OiaAuthorisation o, SourceDeactivated event, String label) {
        o.ended(OiaAuthorisation.REVOKED, event.at(), event.actorId(), null);
        store.flush();
        AuthorisationClocks.oiaNotificationDue(AuthorisationClocks.day(event.at()), rules.current()).ifPresent(due ->
                store.add(new OiaNotification(UUID.randomUUID().toString(), o.id(), OiaNotification.Occasion.REVOCATION, due)));
        audit.record("OIA_REVOKED", "OIA", o.id(), label, AuditTrail.SUCCESS);
    }
}
