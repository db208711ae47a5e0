package org.hum.web.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.rules.RuleProfileView;
import org.hum.rules.boundary.RuleProfileAdministration;

/** {@code GET /api/rule-profile}: the deployment's rule profile, for everyone signed in (screens show its figures). */
@ApplicationScoped
@Path("rule-profile")
@Produces(MediaType.APPLICATION_JSON)
public class RuleProfileResource {
    @Inject
    RuleProfileAdministration profiles;

    @GET
    public RuleProfileView current() {
        return profiles.current();
    }
}
