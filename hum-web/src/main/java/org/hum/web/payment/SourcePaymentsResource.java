package org.hum.web.payment;

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
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentView;
import org.hum.payment.boundary.Payments;

import java.util.List;

/**
 * {@code GET/POST /api/sources/{id}/payments}: a source's payments, and a new payment request.
 */
@Path("sources/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
public class SourcePaymentsResource {
    @Inject
    Payments payments;

    @GET
    public List<PaymentView> list(@PathParam("id") String id) {
        return payments.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("id") String id, @NotNull @Valid PaymentRequest request) {
        return Response.status(Response.Status.CREATED).entity(payments.request(id, request)).build();
    }
}
