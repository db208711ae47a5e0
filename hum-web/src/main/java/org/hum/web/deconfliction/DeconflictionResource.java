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
import java.util.concurrent.TimeUnit;

/**
 * Deconfliction (docs/domain.md, "Deconfliction (step 2)"): a check is accepted and referred to
 * the controllers, with the same answer whether or not anything matched; the officer reads
 * what a controller released at {@code checks/{id}}; the controllers' referrals list what
 * matched, as far as each may see, and a controller releases the outcome.
 */
@Path("deconfliction")
@Produces(MediaType.APPLICATION_JSON)
public class DeconflictionResource {
    /**
     * Every answered check takes at least this long, after the transaction has committed, so
     * that a match (which also writes the matched files) and no match answer in the same time shape.
     */
    static final long ANSWER_FLOOR_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    @Inject
    DeconflictionChecks checks;

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@NotNull @Valid DeconflictionCheck check) {
        long start = System.nanoTime();
        DeconflictionAnswer answer = checks.check(check);
        padTo(start + ANSWER_FLOOR_NANOS);
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

    static void padTo(long deadlineNanos) {
        long wait = deadlineNanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
