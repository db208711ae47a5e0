package org.hum.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.Page;
import org.hum.api.audit.AuditEntryView;
import org.hum.api.audit.AuditQuery;
import org.hum.api.audit.ChainStatus;
import org.hum.audit.boundary.AuditChainer;
import org.hum.audit.boundary.AuditReview;
import org.hum.web.platform.Inputs;

/**
 * The audit trail for compliance reviewers: browse and filter ({@code GET /api/audit}),
 * export a verifiable slice ({@code GET /api/audit/export}), and chain what is committed
 * now ({@code POST /api/audit/chain}) and read the signed checkpoints for a witness
 * ({@code GET /api/audit/witness}), both reviewers and administrators.
 */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditReview review;

    @Inject
    AuditChainer chainer;

    @GET
    public Page<AuditEntryView> search(@QueryParam("sourceId") String sourceId, @QueryParam("actor") String actor,
                                       @QueryParam("action") String action, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.parse(sourceId, actor, action, from, to);
        int p = Inputs.number("page", page, 0, 0, 1_000_000);
        int s = Inputs.number("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE);
        return review.search(query, p, s);
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("sourceId") String sourceId, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        String json = review.export(AuditQuery.parse(sourceId, actor, action, from, to));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"hum-audit-slice.json\"").build();
    }

    /**
     * {@code GET /api/audit/witness?after=SEQ}: the signed checkpoints after that seq, one JSON
     * object a line, for a second party to append to its own copy and give the verifier as
     * {@code --witness} (reviewers and administrators).
     */
    @GET
    @Path("witness")
    @Produces("application/x-ndjson")
    public Response witness(@QueryParam("after") String after) {
        long afterSeq = Inputs.number("after", after, 0, 0, Integer.MAX_VALUE);
        return Response.ok(chainer.witnessLines(afterSeq), "application/x-ndjson").build();
    }

    @POST
    @Path("chain")
    public ChainStatus chain() {
        return chainer.chainNow();
    }
}
