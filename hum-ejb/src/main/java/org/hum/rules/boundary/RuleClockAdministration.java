package org.hum.rules.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.rules.RuleClockView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.AdjustableClock;
import org.hum.config.control.RuleClockMoved;

import java.time.Instant;

/**
 * Moving the rule clock, on a deployment that allows it (test stands only). Everywhere else
 * the resource does not exist: it answers 404, as any unknown path.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RuleClockAdministration {
    @Inject
    AdjustableClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<RuleClockMoved> moved;

    public RuleClockView read() {
        requireAdjustable();
        return view();
    }

    public RuleClockView set(Instant target) {
        requireAdjustable();
        if (target == null) {
            throw HumException.invalid("now", "is required: the instant the rule clock should read, as 2027-01-31T09:00:00Z");
        }
        clock.set(target);
        audit.record("RULE_CLOCK_MOVED", "RULE_CLOCK", null, null, AuditTrail.SUCCESS);
        moved.fire(new RuleClockMoved(clock.now()));
        return view();
    }

    public RuleClockView reset() {
        requireAdjustable();
        clock.reset();
        audit.record("RULE_CLOCK_RESET", "RULE_CLOCK", null, null, AuditTrail.SUCCESS);
        moved.fire(new RuleClockMoved(clock.now()));
        return view();
    }

    private RuleClockView view() {
        return new RuleClockView(clock.now(), clock.offset().toString());
    }

    private void requireAdjustable() {
        if (!clock.adjustable()) {
            throw new HumException(ErrorCode.NOT_FOUND, "There is no such resource. The API starts at /hum/api/.");
        }
    }
}
