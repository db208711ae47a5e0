package org.hum.web.payment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.payment.SourceLedger;
import org.hum.payment.boundary.Ledger;

/** {@code GET /api/sources/{id}/ledger}: a source's ledger entries, its totals and whether its hash chain holds. */
@Path("sources/{id}/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class SourceLedgerResource {
    @Inject
    Ledger ledger;

    @GET
    public SourceLedger ledger(@PathParam("id") String id) {
        return ledger.ledger(id);
    }
}
