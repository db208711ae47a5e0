package org.hum.web.payment;

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
import org.hum.api.payment.LedgerTotals;
import org.hum.api.payment.PaymentReason;
import org.hum.payment.boundary.Ledger;

/**
 * {@code GET /api/ledger/totals}: totals over every file the caller may see;
 * {@code POST /api/ledger/{entryId}/reversal}: a reversing entry (the only correction).
 */
@ApplicationScoped
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    @Inject
    Ledger ledger;

    @GET
    @Path("totals")
    public LedgerTotals totals() {
        return ledger.totals();
    }

    @POST
    @Path("{entryId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(@PathParam("entryId") String entryId, @NotNull @Valid PaymentReason reason) {
        return Response.status(Response.Status.CREATED).entity(ledger.reverse(entryId, reason)).build();
    }
}
