package org.hum.web.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.payment.PaymentGroundsView;
import org.hum.payment.boundary.Payments;

/** {@code GET /api/sources/{id}/payment-grounds}: the contact reports and taskings a payment to the source may rest on. */
@ApplicationScoped
@Path("sources/{id}/payment-grounds")
@Produces(MediaType.APPLICATION_JSON)
public class SourcePaymentGroundsResource {
    @Inject
    Payments payments;

    @GET
    public PaymentGroundsView grounds(@PathParam("id") String id) {
        return payments.grounds(id);
    }
}
