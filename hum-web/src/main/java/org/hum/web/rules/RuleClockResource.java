package org.hum.web.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.rules.ClockSetting;
import org.hum.api.rules.RuleClockView;
import org.hum.rules.boundary.RuleClockAdministration;

/**
 * The rule clock of a test deployment ({@code hum.clock.adjustable=true}): tests move it
 * across each deadline. Answers 404 on any other deployment.
 */
@ApplicationScoped
@Path("admin/rule-clock")
@Produces(MediaType.APPLICATION_JSON)
public class RuleClockResource {
    @Inject
    RuleClockAdministration clock;

    @GET
    public RuleClockView read() {
        return clock.read();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleClockView set(ClockSetting setting) {
        return clock.set(setting == null ? null : setting.now());
    }

    @DELETE
    public RuleClockView reset() {
        return clock.reset();
    }
}
