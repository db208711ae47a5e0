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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentsView;
import org.hum.payment.boundary.Payments;
import org.hum.web.platform.Inputs;

/**
 * {@code GET/POST /api/sources/{id}/payments}: a page of a source's payments (newest first, of one
 * {@code status} if asked), and a new payment request.
 */
@ApplicationScoped
@Path("sources/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
public class SourcePaymentsResource {
    @Inject
    Payments payments;

    /**
     * A page: {@code status} (every status unless asked), {@code contactReportId} (a contact report
     * version's id: the payments resting on it), {@code from} (0, the newest) and {@code size} (50
     * unless asked, at most 200).
     */
    @GET
    public PaymentsView list(@PathParam("id") String id, @QueryParam("status") String status,
                             @QueryParam("contactReportId") String contactReportId, @QueryParam("from") String from,
                             @QueryParam("size") String size) {
        return payments.list(id, Inputs.choice("status", status, PaymentStatus.class), Inputs.id("contactReportId", contactReportId),
                Inputs.position("from", from, 0),
                Inputs.number("size", size, PaymentsView.PAGE, 1, PaymentsView.MAX_PAGE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("id") String id, @NotNull @Valid PaymentRequest request) {
        return Response.status(Response.Status.CREATED).entity(payments.request(id, request)).build();
    }
}
