package org.hum.source.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.Compartment;
import org.hum.api.Page;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.source.SourceRegistration;
import org.hum.api.source.SourceSummary;
import org.hum.api.source.SourceView;
import org.hum.api.source.TrueIdentity;
import org.hum.audit.boundary.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.DataKey;
import org.hum.deconfliction.control.RegistrationScreening;
import org.hum.keys.control.DataKeys;
import org.hum.platform.control.ClassificationLevels;
import org.hum.platform.control.HumConfig;
import org.hum.source.control.SourceNumbers;
import org.hum.source.control.SourceProtection;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Registering and reading source files. The transaction and security boundary: every read
 * goes through the access-aware {@link SourceStore}, every loaded file is re-checked
 * against {@link AccessRule}, and identifying particulars are decrypted only after both,
 * for holders of a true-identity grant. A file the caller may not see answers exactly as a
 * file that does not exist.
 */
@Stateless
public class SourceRegistry {

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    SourceProtection protection;

    @Inject
    DataKeys dataKeys;

    @Inject
    HumConfig config;

    @Inject
    RegistrationScreening screening;

    @Inject
    Clock clock;

    @Inject
    @org.hum.rules.control.RuleClock
    Clock ruleClock;

    @Inject
    org.hum.source.control.SourceRecords records;

    @Inject
    org.hum.prospect.control.Prospects prospects;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @jakarta.ejb.EJB
    AuditLog refusals;

    @Inject
    org.hum.source.control.SourceFiles files;

    @Inject
    org.hum.standing.control.Standings standings;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public SourceView register(@NotNull @Valid SourceRegistration registration) {
        Viewer viewer = viewers.of(principal);
        String compartment = registration.compartment().strip();
        if (!viewer.compartments().contains(compartment) || em.find(Compartment.class, compartment) == null) {
            throw HumException.invalid("compartment", "unknown compartment '" + compartment
                    + "'; register the source in one of yours: " + String.join(", ", new TreeSet<>(viewer.compartments())));
        }
        int level = classification(registration.classification(), viewer);
        java.time.LocalDate today = java.time.LocalDate.now(ruleClock);
        List<org.hum.api.error.FieldError> problems = org.hum.source.control.ParticularsRules.problems(registration.particulars(), today);
        if (!problems.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Fix these fields and send again: " + problems.stream()
                    .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("") + ".", problems);
        }
        // checked before anything is written: a prospect the caller may not see answers as a missing one
        org.hum.prospect.entity.Prospect prospect = registration.prospectId() == null || registration.prospectId().isBlank()
                ? null : prospects.openForRegistration(viewer, registration.prospectId());
        records.requireFreeCodeNames(registration.particulars());

        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        DataKey key = dataKeys.create();
        Source source = new Source(id, SourceNumbers.next(), registration.codeName().strip(), compartment, level,
                key.id().toString(), key.version(), now, viewer.userId());
        TrueIdentity identity = new TrueIdentity(registration.trueName().strip(),
                registration.dateOfBirth(), registration.phoneNumber().strip());
        protection.protect(source, key, identity);
        // the registering case officer is the first handler, and so holds the identity grant
        store.add(source, new IdentityGrant(id, viewer.userId(), IdentityGrant.GrantRole.HANDLER, now, viewer.userId()));
        records.record(source, key, registration.particulars(), viewer.userId(), now);
        records.assign(source, em.find(org.hum.access.entity.User.class, viewer.userId()),
                org.hum.api.source.AssignmentRole.HANDLER, today, viewer.userId(), now);
        // docs/domain.md, Lifecycle 2: deconfliction; a hit is referred to the controllers and never changes this answer
        screening.screen(viewer, source, identity, registration.particulars() == null
                || registration.particulars().identityDocuments() == null ? List.of() : registration.particulars().identityDocuments());
        if (prospect != null) {
            prospects.closeByRegistration(prospect, source.id(), now);
            audit.record("PROSPECT_REGISTERED", "PROSPECT", prospect.id(), label(source), AuditTrail.SUCCESS);
        }
        audit.record("SOURCE_REGISTERED", "SOURCE", id, label(source), AuditTrail.SUCCESS);
        return view(viewer, source);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public SourceView find(String id) {
        Viewer viewer = viewers.of(principal);
        // a file the caller may not see reads as a missing one (the refusal audited in its own transaction)
        Source source = files.resolve(viewer, id, "ACCESS_REFUSED");
        audit.record("SOURCE_READ", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        return view(viewer, source);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public Page<SourceSummary> list(int page, int size) {
        Viewer viewer = viewers.of(principal);
        ClassificationLevels levels = config.levels();
        List<Source> visible = store.page(viewer, page, size).stream()
                .filter(s -> AccessRule.dominates(viewer, s.label()))
                .toList();
        var statuses = standings.statuses(visible.stream().map(Source::id).toList());
        List<SourceSummary> items = visible.stream()
                .map(s -> new SourceSummary(s.id(), s.sourceNumber(), s.codeName(), s.compartment(),
                        levels.nameOf(s.classificationLevel()), s.registeredAt(), statuses.get(s.id())))
                .toList();
        audit.record("SOURCE_LISTED", "SOURCE", null, null, AuditTrail.SUCCESS);
        return new Page<>(items, page, size, store.count(viewer));
    }

    private SourceView view(Viewer viewer, Source source) {
        boolean identity = AccessRule.maySeeTrueIdentity(viewer, source.label(), store.holdsIdentityGrant(viewer, source));
        if (identity) { // docs/architecture.md, Enforcement 3: decryption is audited
            audit.record("TRUE_IDENTITY_VIEWED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        }
        return new SourceView(source.id(), source.sourceNumber(), source.codeName(), source.compartment(),
                config.levels().nameOf(source.classificationLevel()), source.registeredAt(), identity,
                identity ? protection.reveal(source) : null, records.view(source, identity));
    }

    private int classification(String requested, Viewer viewer) {
        ClassificationLevels levels = config.levels();
        String name = requested == null || requested.isBlank() ? config.defaultSourceLevel() : requested;
        int rank = levels.rankOf(name).orElseThrow(() -> HumException.invalid("classification",
                "unknown level; use one of " + String.join(", ", levels.names())));
        if (rank > viewer.clearanceLevel()) {
            throw HumException.invalid("classification", "above your clearance ("
                    + levels.nameOf(viewer.clearanceLevel()) + "); choose a level at or below it");
        }
        return rank;
    }

    private String label(Source source) {
        return AuditTrail.label(config.levels().nameOf(source.classificationLevel()), source.label().compartments());
    }
}
