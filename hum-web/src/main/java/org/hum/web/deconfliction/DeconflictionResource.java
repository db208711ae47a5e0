package org.hum.web.deconfliction;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.hum.platform.boundary.StatementCounts;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Deconfliction (docs/domain.md, "Deconfliction (step 2)"): a check is accepted and referred to
 * the controllers, with the same answer whether or not anything matched; the officer reads
 * what a controller released at {@code checks/{id}}; the controllers' referrals list what
 * matched, as far as each may see, and a controller releases the outcome.
 */
@ApplicationScoped
@Path("deconfliction")
@Produces(MediaType.APPLICATION_JSON)
public class DeconflictionResource {
    @Inject
    DeconflictionChecks checks;

    /**
     * On the test stand only, a check's server-side work in microseconds, which the floor hides
     * from a client (docs/performance.md, "Deconfliction at 1,000,000 index rows").
     */
    public static final String WORK_HEADER = "X-Hum-Work-Micros";

    @Inject
    CheckFloor floor;

    @Inject
    StatementCounts stand;

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@NotNull @Valid DeconflictionCheck check) {
        long[] work = new long[1];
        DeconflictionAnswer answer = floor.check(check, w -> work[0] = w); // no sooner than the floor, match or not
        Response.ResponseBuilder accepted = Response.accepted(answer);
        if (stand.shown()) {
            // the test stand only, as X-Hum-Statements: never on ./run or in production (docs/performance.md)
            accepted.header(WORK_HEADER, Long.toString(TimeUnit.NANOSECONDS.toMicros(work[0])));
        }
        return accepted.build();
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
