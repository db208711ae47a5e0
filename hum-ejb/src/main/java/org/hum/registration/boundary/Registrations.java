package org.hum.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.Compartment;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.source.AssignmentRole;
import org.hum.api.source.SourceRegistration;
import org.hum.api.source.SourceView;
import org.hum.api.source.TrueIdentity;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.ClassificationLevels;
import org.hum.config.control.HumConfig;
import org.hum.crypto.control.DataKey;
import org.hum.deconfliction.control.RegistrationScreening;
import org.hum.keys.control.DataKeys;
import org.hum.prospect.control.Prospects;
import org.hum.prospect.entity.Prospect;
import org.hum.config.control.RuleClock;
import org.hum.source.control.ParticularsRules;
import org.hum.source.control.SourceNumbers;
import org.hum.source.control.SourceProtection;
import org.hum.source.control.SourceRecords;
import org.hum.source.control.SourceStore;
import org.hum.source.control.SourceViews;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Registering a source file (docs/domain.md, "The source file"): the particulars checked, the
 * file written under a data key of its own, the registering officer made its first handler, the
 * identity screened against every other file (deconfliction), and the prospect it came from closed.
 */
@Stateless
public class Registrations {

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    SourceProtection protection;

    @Inject
    SourceRecords records;

    @Inject
    SourceViews views;

    @Inject
    DataKeys dataKeys;

    @Inject
    HumConfig config;

    @Inject
    RegistrationScreening screening;

    @Inject
    Prospects prospects;

    @Inject
    Clock clock;

    @Inject
    @RuleClock
    Clock ruleClock;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public SourceView register(@NotNull @Valid SourceRegistration registration) {
        Viewer viewer = viewers.of(principal);
        String compartment = registration.compartment().strip();
        if (!viewer.compartments().contains(compartment) || em.find(Compartment.class, compartment) == null) {
            throw HumException.invalid("compartment", "unknown compartment '" + compartment
                    + "'; register the source in one of yours: " + String.join(", ", new TreeSet<>(viewer.compartments())));
        }
        int level = classification(registration.classification(), viewer);
        LocalDate today = LocalDate.now(ruleClock);
        List<FieldError> problems = ParticularsRules.problems(registration.particulars(), today);
        if (!problems.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Fix these fields and send again: " + problems.stream()
                    .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("") + ".", problems);
        }
        // checked before anything is written: a prospect the caller may not see answers as a missing one
        Prospect prospect = registration.prospectId() == null || registration.prospectId().isBlank()
                ? null : prospects.openForRegistration(viewer, registration.prospectId());
        records.requireFreeCodeNames(registration.particulars(), compartment, level);

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
        records.assign(source, em.find(User.class, viewer.userId()),
                AssignmentRole.HANDLER, today, viewer.userId(), now);
        // docs/domain.md, "The source file": deconfliction; a hit is referred to the controllers and never changes this answer
        screening.screen(viewer, source, identity, registration.particulars() == null
                || registration.particulars().identityDocuments() == null ? List.of() : registration.particulars().identityDocuments());
        if (prospect != null) {
            prospects.closeByRegistration(prospect, source.id(), now);
            audit.record("PROSPECT_REGISTERED", "PROSPECT", prospect.id(), views.label(source), AuditTrail.SUCCESS);
        }
        audit.record("SOURCE_REGISTERED", "SOURCE", id, views.label(source), AuditTrail.SUCCESS);
        store.tally(source, 1);
        return views.view(viewer, source);
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
}
