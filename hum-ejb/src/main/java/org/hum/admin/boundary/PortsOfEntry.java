package org.hum.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.admin.PortRequest;
import org.hum.api.admin.PortView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.Ports;
import org.hum.config.control.RuleClock;
import org.hum.config.entity.Port;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * The ports of entry (docs/domain.md, "Oversight"): everyone who works on files reads the list;
 * administrators add a port, rename it, move it along the border, retire it or bring it back.
 * Nothing about a port is secret; every change is audited.
 */
@Stateless
public class PortsOfEntry {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    Ports ports;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME, Role.ADMIN_NAME})
    public List<PortView> list() {
        return ports.all().stream().map(Ports::view).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PortView add(@NotNull @Valid PortRequest request) {
        if (request.code() == null || request.name() == null || request.state() == null) {
            throw new HumException(ErrorCode.INVALID_INPUT, "A new port of entry needs its code, name and state.",
                    java.util.stream.Stream.of("code", "name", "state")
                            .filter(f -> f.equals("code") ? request.code() == null : f.equals("name") ? request.name() == null
                                    : request.state() == null)
                            .map(f -> new FieldError(f, "is required")).toList());
        }
        if (ports.find(request.code()).isPresent()) {
            throw new HumException(ErrorCode.CONFLICT, "A port of entry with that code exists already; change it instead.");
        }
        requireFreeName(request.name().strip(), null);
        int position = request.position() != null ? request.position()
                : ports.all().stream().mapToInt(Port::position).max().orElse(0) + 10;
        Port p = new Port(request.code(), request.name().strip(), request.state(), position, clock.instant(),
                viewers.of(principal).username());
        ports.add(p);
        audit.record("PORT_OF_ENTRY_ADDED", "PORT_OF_ENTRY", p.code(), null, AuditTrail.SUCCESS);
        return Ports.view(p);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PortView change(String code, @NotNull @Valid PortRequest request) {
        Port p = ports.find(code).orElseThrow(() -> HumException.notFound("port of entry"));
        if (request.name() != null) {
            requireFreeName(request.name().strip(), p.code());
        }
        p.change(request.name() == null ? null : request.name().strip(), request.state(), request.position(),
                request.retired(), clock.instant(), viewers.of(principal).username());
        audit.record(Boolean.TRUE.equals(request.retired()) ? "PORT_OF_ENTRY_RETIRED" : "PORT_OF_ENTRY_CHANGED",
                "PORT_OF_ENTRY", p.code(), null, AuditTrail.SUCCESS);
        return Ports.view(p);
    }

    private void requireFreeName(String name, String exceptCode) {
        boolean taken = ports.all().stream().anyMatch(o -> o.name().equalsIgnoreCase(name) && !o.code().equals(exceptCode));
        if (taken) {
            throw new HumException(ErrorCode.CONFLICT, "Another port of entry has that name already; choose another.");
        }
    }
}
