package org.hum.tasking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.tasking.RequirementRequest;
import org.hum.api.tasking.RequirementStatus;
import org.hum.api.tasking.RequirementView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;
import org.hum.config.control.Ports;
import org.hum.config.control.RuleClock;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;
import org.hum.tasking.control.TaskingStore;
import org.hum.tasking.control.TaskingTransitions;
import org.hum.tasking.control.TaskingViews;
import org.hum.tasking.entity.IntelligenceRequirement;
import org.hum.tasking.entity.Tasking;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Intelligence requirements (docs/domain.md, "Tasking"): records of their own, labelled by their compartment.
 * Controllers create and close them; case officers, controllers, authorising officers and
 * compliance reviewers read them. A requirement of a compartment the caller is not cleared for
 * answers 404 exactly like an unknown id. The list shows, per requirement, how many open
 * taskings answer it among the files the caller may see (docs/domain.md, "Oversight": source
 * coverage against priority requirements), most urgent first.
 */
@Stateless
public class Requirements {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    TaskingStore store;

    @Inject
    TaskingViews views;

    @Inject
    SourceFiles files;

    @Inject
    HumConfig config;

    @Inject
    Ports ports;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public List<RequirementView> list(RequirementStatus status) {
        Viewer viewer = viewers.of(principal);
        List<IntelligenceRequirement> visible = store.requirementsIn(viewer.compartments()).stream()
                .filter(r -> AccessRule.dominates(viewer, r.label()))
                .filter(r -> status == null || r.status() == status)
                .sorted(Comparator.comparing((IntelligenceRequirement r) -> r.status())
                        .thenComparing(IntelligenceRequirement::priority))
                .toList();
        Map<String, Long> counts = coverage(viewer, visible.stream().map(IntelligenceRequirement::id).toList());
        audit.record("REQUIREMENTS_READ", "REQUIREMENT", null, null, AuditTrail.SUCCESS);
        return visible.stream().map(r -> views.requirement(r, counts.getOrDefault(r.id(), 0L))).toList();
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public RequirementView find(String id) {
        Viewer viewer = viewers.of(principal);
        IntelligenceRequirement r = visible(viewer, id, false);
        audit.record("REQUIREMENT_READ", "REQUIREMENT", r.id(), label(r), AuditTrail.SUCCESS);
        return views.requirement(r, coverage(viewer, List.of(r.id())).getOrDefault(r.id(), 0L));
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public RequirementView create(@NotNull @Valid RequirementRequest request) {
        Viewer viewer = viewers.of(principal);
        String compartment = request.compartment().strip();
        if (!store.compartmentExists(compartment) || !viewer.compartments().contains(compartment)) {
            throw HumException.invalid("compartment", "names no compartment you are cleared for; use one of "
                    + String.join(", ", new java.util.TreeSet<>(viewer.compartments())));
        }
        User owner = store.user(request.owner()).orElseThrow(() -> HumException.invalid("owner",
                "names no active user; give the owner's username"));
        if (!owner.compartments().contains(compartment)) {
            throw HumException.invalid("owner", "is not cleared for compartment " + compartment
                    + "; the owner must be able to see the requirement");
        }
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String reference = store.newReference('R', year);
        String id = UUID.randomUUID().toString();
        IntelligenceRequirement r = new IntelligenceRequirement(id, reference, request.title().strip(),
                request.description() == null || request.description().isBlank() ? null : request.description().strip(),
                request.priority(), owner.id(), compartment, now, viewer.userId());
        r.concerning(ports.inService(request.ports(), "ports"));
        store.add(r);
        audit.record("REQUIREMENT_CREATED", "REQUIREMENT", id, label(r), AuditTrail.SUCCESS);
        return views.requirement(r, 0);
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public RequirementView close(String id) {
        Viewer viewer = viewers.of(principal);
        IntelligenceRequirement r = visible(viewer, id, true);
        if (r.status() != RequirementStatus.OPEN) {
            refusals.refused("REQUIREMENT_CLOSED", "REQUIREMENT", r.id(), label(r));
            throw new HumException(ErrorCode.CONFLICT, "The intelligence requirement " + r.reference()
                    + " is already closed (" + r.closedAt() + ").");
        }
        r.closed(clock.instant(), viewer.userId());
        store.flush();
        audit.record("REQUIREMENT_CLOSED", "REQUIREMENT", r.id(), label(r), AuditTrail.SUCCESS);
        return views.requirement(r, coverage(viewer, List.of(r.id())).getOrDefault(r.id(), 0L));
    }

    /** Per requirement, the open taskings answering it of the live files the caller may see. */
    private Map<String, Long> coverage(Viewer viewer, List<String> requirementIds) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        Map<String, Optional<Source>> sources = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Tasking t : store.openAnswering(requirementIds)) {
            if (TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                continue;
            }
            boolean seen = sources.computeIfAbsent(t.sourceId(), files::unrestricted)
                    .filter(s -> !s.isDestroyed() && AccessRule.dominates(viewer, s.label())).isPresent();
            if (seen) {
                counts.merge(t.requirementId(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private IntelligenceRequirement visible(Viewer viewer, String id, boolean forUpdate) {
        String canonical = SourceFiles.canonical(id);
        Optional<IntelligenceRequirement> r = forUpdate ? store.requirementForUpdate(canonical) : store.requirement(canonical);
        if (r.isEmpty() || !AccessRule.dominates(viewer, r.get().label())) {
            refusals.refusedUnseen("ACCESS_REFUSED", "REQUIREMENT", canonical == null ? "(not an id)" : canonical);
            throw HumException.notFound("intelligence requirement");
        }
        return r.get();
    }

    private String label(IntelligenceRequirement r) {
        return AuditTrail.label(config.levels().nameOf(IntelligenceRequirement.LEVEL), r.label().compartments());
    }
}
