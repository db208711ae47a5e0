package org.hum.web.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.payment.SourceLedger;
import org.hum.payment.boundary.Ledger;
import org.hum.web.platform.Inputs;

/**
 * {@code GET /api/sources/{id}/ledger?from=N&size=M}: a page of a source's ledger entries (oldest
 * first), the totals of the whole ledger and whether the page's part of the hash chain holds.
 */
@ApplicationScoped
@Path("sources/{id}/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class SourceLedgerResource {
    @Inject
    Ledger ledger;

    /** A page: {@code from} (0, the oldest entry) and {@code size} (100 unless asked, at most 500). */
    @GET
    public SourceLedger ledger(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("size") String size) {
        return ledger.ledger(id, Inputs.position("from", from, 0),
                Inputs.number("size", size, SourceLedger.PAGE, 1, SourceLedger.MAX_PAGE));
    }
}
