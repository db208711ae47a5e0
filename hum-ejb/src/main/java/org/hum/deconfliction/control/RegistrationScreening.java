package org.hum.deconfliction.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.Viewer;
import org.hum.api.source.TrueIdentity;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.deconfliction.entity.Referral;
import org.hum.source.entity.Source;

import java.util.Map;
import java.util.Set;
import org.hum.api.source.IdentityDocument;
import org.hum.audit.control.AuditTrail;

/**
 * Deconfliction before registration (docs/domain.md, "Lifecycle" 2), run inside the registration's
 * transaction once the new file is stored: match its identifiers against every existing file,
 * then index it. A confirmed match does not stop the registration and changes nothing in the
 * registering officer's answer (a hit goes to the two controllers, not to the case officer):
 * it makes a referral for the controllers of both files.
 */
@ApplicationScoped
public class RegistrationScreening {
    @Inject
    BlindIndexes indexes;

    @Inject
    MatchConfirmer confirmer;

    @Inject
    Referrals referrals;

    @Inject
    AuditTrail audit;

    public void screen(Viewer registrar, Source newSource, TrueIdentity identity) {
        screen(registrar, newSource, identity, java.util.List.of());
    }

    /** As {@link #screen(Viewer, Source, TrueIdentity)}, the file's identity-document numbers included. */
    public void screen(Viewer registrar, Source newSource, TrueIdentity identity,
                       java.util.List<IdentityDocument> documents) {
        Identifiers person = Identifiers.of(identity, documents);
        // matched before the new file is indexed, so it never matches itself
        Map<String, Set<Field>> matches = confirmer.confirm(indexes.candidates(person), person);
        indexes.indexSource(newSource.id(), person);
        if (!matches.isEmpty()) {
            String referralId = referrals.create(registrar, Referral.Origin.REGISTRATION, newSource, matches);
            audit.record("DECONFLICTION_REFERRED", "REFERRAL", referralId, null, AuditTrail.SUCCESS);
            for (String matched : matches.keySet()) {
                audit.record("DECONFLICTION_MATCHED", "SOURCE", matched, null, AuditTrail.SUCCESS);
            }
        }
        audit.record("DECONFLICTION_SCREENED", "SOURCE", newSource.id(), null, AuditTrail.SUCCESS);
    }
}
