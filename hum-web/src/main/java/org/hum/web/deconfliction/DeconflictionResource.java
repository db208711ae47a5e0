package org.hum.web.deconfliction;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.deconfliction.CheckView;
import org.hum.api.deconfliction.DeconflictionAnswer;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.deconfliction.ReferralRelease;
import org.hum.api.deconfliction.ReferralView;
import org.hum.deconfliction.boundary.DeconflictionChecks;

import java.util.List;

/**
 * Deconfliction (docs/domain.md, "Deconfliction (step 2)"): a check is accepted and referred to
 * the controllers, with the same answer whether or not anything matched; the officer reads
 * what a controller released at {@code checks/{id}}; the controllers' referrals list what
 * matched, as far as each may see, and a controller releases the outcome.
 */
@Path("deconfliction")
@Produces(MediaType.APPLICATION_JSON)
public class DeconflictionResource {
    @Inject
    DeconflictionChecks checks;

    @Inject
    CheckFloor floor;

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@NotNull @Valid DeconflictionCheck check) {
        DeconflictionAnswer answer = floor.check(check); // no sooner than the floor, match or not
        return Response.accepted(answer).build();
    }

    @GET
    @Path("checks")
    public List<CheckView> mine() {
        return checks.checks();
    }

    @GET
    @Path("checks/{id}")
    public CheckView one(@PathParam("id") String id) {
        return checks.check(id);
    }

    @GET
    @Path("referrals")
    public List<ReferralView> referrals() {
        return checks.referrals();
    }

    @POST
    @Path("referrals/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReferralView release(@PathParam("id") String id, @NotNull @Valid ReferralRelease release) {
        return checks.release(id, release);
    }
}
