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
import org.hum.api.payment.ApprovalRequest;
import org.hum.api.payment.PaymentReason;
import org.hum.api.payment.PaymentRecord;
import org.hum.api.payment.PaymentView;
import org.hum.payment.boundary.Payments;
import org.hum.payment.boundary.Receipts;

/**
 * One payment: read it, approve a step, reject it, record it paid (witnesses and receipt), and
 * download its receipt.
 */
@ApplicationScoped
@Path("payments/{id}")
public class PaymentsResource {
    @Inject
    Payments payments;

    @Inject
    Receipts receipts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PaymentView find(@PathParam("id") String id) {
        return payments.find(id);
    }

    @POST
    @Path("approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PaymentView approve(@PathParam("id") String id, @Valid ApprovalRequest request) {
        return payments.approve(id, request);
    }

    @POST
    @Path("rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PaymentView reject(@PathParam("id") String id, @NotNull @Valid PaymentReason reason) {
        return payments.reject(id, reason);
    }

    @POST
    @Path("payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PaymentView pay(@PathParam("id") String id, @NotNull @Valid PaymentRecord record) {
        return receipts.pay(id, record);
    }

    @GET
    @Path("receipt")
    public Response receipt(@PathParam("id") String id) {
        Receipts.ReceiptFile file = receipts.receipt(id);
        String ext = switch (file.mediaType()) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "pdf";
        };
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"receipt-" + id + "." + ext + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Digest", "sha-256=" + file.sha256())
                .build();
    }
}
