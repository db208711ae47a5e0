package org.hum.prospect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditTrail;
import org.hum.prospect.entity.Prospect;
import org.hum.source.control.SourceDestroyed;

/**
 * A shredded file takes the prospect it was registered from with it: the same person, before
 * registration, under the prospect's own key (the working name and contact notes). The prospect
 * is marked destroyed and audited here; its key is erased with the file's, last.
 */
@ApplicationScoped
public class ProspectShredding {
    @Inject
    Prospects prospects;

    @Inject
    AuditTrail audit;

    void onDestroyed(@Observes SourceDestroyed destroyed) {
        for (Prospect p : prospects.destroyWithSource(destroyed.sourceId())) {
            audit.record("PROSPECT_DESTROYED", "PROSPECT", p.id(), null, AuditTrail.SUCCESS);
            destroyed.erase(p.dekId());
        }
    }
}
