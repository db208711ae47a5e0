package org.hum.web.deconfliction;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.deconfliction.DeconflictionAnswer;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.deconfliction.ReferralView;
import org.hum.deconfliction.boundary.DeconflictionChecks;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Deconfliction: a check answers whether a possible match exists, nothing more; the
 * controllers' referrals list what matched, as far as each may see.
 */
@Path("deconfliction")
@Produces(MediaType.APPLICATION_JSON)
public class DeconflictionResource {
    /**
     * Every answered check takes at least this long, after the transaction has committed, so
     * that a match (which also writes a referral) and no match answer in the same time shape.
     */
    static final long ANSWER_FLOOR_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    @Inject
    DeconflictionChecks checks;

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeconflictionAnswer check(@NotNull @Valid DeconflictionCheck check) {
        long start = System.nanoTime();
        DeconflictionAnswer answer = checks.check(check);
        padTo(start + ANSWER_FLOOR_NANOS);
        return answer;
    }

    @GET
    @Path("referrals")
    public List<ReferralView> referrals() {
        return checks.referrals();
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
