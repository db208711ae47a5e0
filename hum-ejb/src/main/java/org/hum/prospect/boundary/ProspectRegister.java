package org.hum.prospect.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.hum.api.error.HumException;
import org.hum.api.prospect.NewProspect;
import org.hum.api.prospect.ProspectClosure;
import org.hum.api.prospect.NewProspectContact;
import org.hum.api.prospect.ProspectContactView;
import org.hum.api.prospect.ProspectView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.CryptoIntegrityException;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.hum.keys.control.DataKeys;
import org.hum.config.control.ClassificationLevels;
import org.hum.config.control.HumConfig;
import org.hum.prospect.control.Prospects;
import org.hum.prospect.control.StatusDrift;
import org.hum.prospect.entity.Prospect;
import org.hum.prospect.entity.ProspectContact;
import org.hum.config.control.RuleClock;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Prospects and their contacts (docs/domain.md, "Lifecycle" 1). A case officer records them; a
 * controller and a compliance reviewer see which have drifted. Every read goes through the
 * access-aware {@link Prospects}: a prospect the caller may not see answers as a missing one.
 * The working name and notes are decrypted for case officers and controllers only.
 */
@Stateless
public class ProspectRegister {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    Prospects prospects;

    @Inject
    DataKeys dataKeys;

    @Inject
    FieldCipher cipher;

    @Inject
    HumConfig config;

    @Inject
    Clock clock;

    @Inject
    @RuleClock
    Clock ruleClock;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public ProspectView record(@NotNull @Valid NewProspect request) {
        Viewer viewer = viewers.of(principal);
        String compartment = request.compartment().strip();
        if (!viewer.compartments().contains(compartment) || em.find(Compartment.class, compartment) == null) {
            throw HumException.invalid("compartment", "unknown compartment '" + compartment
                    + "'; record the prospect in one of yours: " + String.join(", ", new TreeSet<>(viewer.compartments())));
        }
        int level = classification(request.classification(), viewer);
        Prospect p = prospects.create(request.workingName(), compartment, level, viewer.userId(), clock.instant());
        audit.record("PROSPECT_RECORDED", "PROSPECT", p.id(), label(p), AuditTrail.SUCCESS);
        return view(viewer, p, true);
    }

    @RolesAllowed(Role.CASE_OFFICER_NAME)
    public ProspectView addContact(String prospectId, @NotNull @Valid NewProspectContact request) {
        Viewer viewer = viewers.of(principal);
        Prospect p = visible(viewer, prospectId);
        if (!p.open()) {
            throw Prospects.notOpen(p);
        }
        LocalDate today = LocalDate.now(ruleClock);
        if (request.contactOn().isAfter(today)) {
            throw HumException.invalid("contactOn", "must not be in the future (today is " + today + ")");
        }
        prospects.contact(p, request.contactOn(), request.method(), request.notes(), viewer.userId(), clock.instant());
        audit.record("PROSPECT_CONTACT_RECORDED", "PROSPECT", p.id(), label(p), AuditTrail.SUCCESS);
        return view(viewer, p, true);
    }

    /**
     * Ends contact with a prospect without registering them: it leaves the drift lists and the due
     * list, and takes no more contacts and no registration.
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public ProspectView close(String prospectId, @NotNull @Valid ProspectClosure closure) {
        Viewer viewer = viewers.of(principal);
        Prospect p = prospects.findForUpdate(viewer, Prospects.canonical(prospectId)).orElseThrow(() -> {
            String id = Prospects.canonical(prospectId);
            refusals.refused("ACCESS_REFUSED", "PROSPECT", id == null ? "(not a prospect id)" : id, null);
            return HumException.notFound("prospect");
        });
        if (!p.open()) {
            refusals.refused("PROSPECT_CLOSE", "PROSPECT", p.id(), label(p));
            throw Prospects.notOpen(p);
        }
        prospects.close(p, closure.reason().name(), viewer.userId(), clock.instant());
        audit.record("PROSPECT_CLOSED", "PROSPECT", p.id(), label(p), AuditTrail.SUCCESS);
        return view(viewer, p, true);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public ProspectView find(String prospectId) {
        Viewer viewer = viewers.of(principal);
        Prospect p = visible(viewer, prospectId);
        audit.record("PROSPECT_READ", "PROSPECT", p.id(), label(p), AuditTrail.SUCCESS);
        return view(viewer, p, true);
    }

    /** The prospects the caller may see; {@code driftOnly}: only those in status drift. Never shows hidden ones. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public List<ProspectView> list(boolean driftOnly) {
        Viewer viewer = viewers.of(principal);
        List<ProspectView> views = prospects.visible(viewer, driftOnly).stream()
                .map(p -> listed(viewer, p))
                .filter(v -> !driftOnly || v.statusDrift())
                .toList();
        audit.record("PROSPECTS_LISTED", "PROSPECT", null, null, AuditTrail.SUCCESS);
        return views;
    }

    private Prospect visible(Viewer viewer, String prospectId) {
        String id = Prospects.canonical(prospectId);
        return prospects.find(viewer, id).orElseThrow(() -> {
            refusals.refused("ACCESS_REFUSED", "PROSPECT", id == null ? "(not a prospect id)" : id, null);
            return HumException.notFound("prospect");
        });
    }

    /**
     * A line of the list. One prospect whose protected text fails its integrity check does not
     * take the list down: its line is shown without the working name, and the failure is audited.
     */
    private ProspectView listed(Viewer viewer, Prospect p) {
        try {
            return view(viewer, p, false, true);
        } catch (HumException e) {
            if (e.code() != ErrorCode.INTEGRITY_FAILURE) {
                throw e;
            }
            audit.record("PROSPECT_INTEGRITY_FAILED", "PROSPECT", p.id(), null, AuditTrail.FAILED);
            return view(viewer, p, false, false);
        }
    }

    private ProspectView view(Viewer viewer, Prospect p, boolean withLog) {
        return view(viewer, p, withLog, true);
    }

    private ProspectView view(Viewer viewer, Prospect p, boolean withLog, boolean reveal) {
        boolean names = reveal && (viewer.hasRole(Role.CASE_OFFICER_NAME) || viewer.hasRole(Role.CONTROLLER_NAME));
        List<ProspectContact> contacts = prospects.contacts(p.id());
        StatusDrift drift = prospects.drift(contacts);
        DataKey key = null;
        String workingName = null;
        List<ProspectContactView> log = List.of();
        try {
            key = names ? key(p) : null; // a destroyed key (a restored copy of a shredded prospect) fails like a bad text
            if (names) {
                workingName = cipher.decryptString(key, new FieldContext(Prospect.ENTITY, Prospect.WORKING_NAME, p.id()),
                        p.workingName());
            }
            if (withLog) {
                DataKey k = key;
                log = contacts.stream().map(c -> new ProspectContactView(c.id(), c.contactOn(), c.method(),
                        names ? cipher.decryptString(k, new FieldContext(ProspectContact.ENTITY, ProspectContact.NOTES, c.id()),
                                c.notes()) : null, username(c.recordedBy()))).toList();
            }
        } catch (CryptoIntegrityException e) {
            throw new HumException(ErrorCode.INTEGRITY_FAILURE, "The protected text of this prospect failed its "
                    + "integrity check and was not shown. The failure has been logged; report it to your records officer.");
        }
        return new ProspectView(p.id(), workingName, p.compartment(), config.levels().nameOf(p.classificationLevel()),
                p.status(), username(p.createdBy()), p.createdAt(), contacts.size(),
                contacts.isEmpty() ? null : contacts.get(0).contactOn(),
                contacts.isEmpty() ? null : contacts.get(contacts.size() - 1).contactOn(),
                p.open() && drift.drifted(), p.open() ? drift.reason() : null, p.open() ? drift.dueOn().orElse(null) : null,
                p.sourceId(), log, p.closureReason());
    }

    private DataKey key(Prospect p) {
        return dataKeys.load(p.dekId(), p.dekVersion());
    }

    private String username(String id) {
        User u = id == null ? null : em.find(User.class, id);
        return u == null ? null : u.username();
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

    private String label(Prospect p) {
        return AuditTrail.label(config.levels().nameOf(p.classificationLevel()), p.label().compartments());
    }
}
