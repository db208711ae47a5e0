package org.hum.web.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.rules.RuleProfileChangeView;
import org.hum.api.rules.RuleProfileSettings;
import org.hum.api.rules.RuleProfileView;
import org.hum.rules.boundary.RuleProfileAdministration;

import java.util.List;

/**
 * {@code /api/admin/rule-profile}: administrators choose and tune the deployment's rule
 * profile (PUT), reset it to the shipped figures (POST .../reset) and read its history.
 */
@ApplicationScoped
@Path("admin/rule-profile")
@Produces(MediaType.APPLICATION_JSON)
public class RuleProfileAdminResource {
    @Inject
    RuleProfileAdministration profiles;

    @GET
    public RuleProfileView current() {
        return profiles.forAdministrator();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleProfileView change(RuleProfileSettings settings) {
        return profiles.change(settings);
    }

    @POST
    @Path("reset")
    public RuleProfileView reset() {
        return profiles.resetToShipped();
    }

    @GET
    @Path("history")
    public List<RuleProfileChangeView> history() {
        return profiles.history();
    }
}
