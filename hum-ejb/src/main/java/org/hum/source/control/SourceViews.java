package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.api.source.SourceView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;
import org.hum.source.entity.Source;

/**
 * A source file as its caller may see it: the true identity decrypted only for a holder of a
 * true-identity grant who dominates the label, and that decryption audited
 * (docs/architecture.md, "Security"). For boundaries that have already resolved the file.
 */
@ApplicationScoped
public class SourceViews {
    @Inject
    SourceStore store;

    @Inject
    SourceProtection protection;

    @Inject
    SourceRecords records;

    @Inject
    HumConfig config;

    @Inject
    AuditTrail audit;

    public SourceView view(Viewer viewer, Source source) {
        boolean identity = AccessRule.maySeeTrueIdentity(viewer, source.label(), store.holdsIdentityGrant(viewer, source));
        if (identity) { // decryption is audited
            audit.record("TRUE_IDENTITY_VIEWED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        }
        return new SourceView(source.id(), source.sourceNumber(), source.codeName(), source.compartment(),
                config.levels().nameOf(source.classificationLevel()), source.registeredAt(), identity,
                identity ? protection.reveal(source) : null, records.view(source, identity));
    }

    /**
     * The file with its true identity and restricted particulars left sealed: nothing is
     * decrypted and nothing is audited here. {@code identityVisible} still says whether the
     * viewer may ask for them through {@link #view}.
     */
    public SourceView withheld(Viewer viewer, Source source) {
        boolean identity = AccessRule.maySeeTrueIdentity(viewer, source.label(), store.holdsIdentityGrant(viewer, source));
        return new SourceView(source.id(), source.sourceNumber(), source.codeName(), source.compartment(),
                config.levels().nameOf(source.classificationLevel()), source.registeredAt(), identity, null,
                records.view(source, false));
    }

    /** The file's label as audit text. */
    public String label(Source source) {
        return AuditTrail.label(config.levels().nameOf(source.classificationLevel()), source.label().compartments());
    }
}
