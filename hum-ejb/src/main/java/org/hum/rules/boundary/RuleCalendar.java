package org.hum.rules.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.config.control.RuleClock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The day by the rule clock, for a form that offers today as its default (a payment's day). */
@ApplicationScoped
public class RuleCalendar {
    @Inject
    @RuleClock
    Clock clock;

    /** Today (UTC) by the rule clock: the system's day unless a test deployment moved it. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
