package org.hum.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.partner.FeedPage;
import org.hum.api.partner.PartnerReport;
import org.hum.partner.boundary.PartnerExchange;

import java.util.List;

/**
 * What a partner account reads over the API (docs/api.md, "The partner exchange"): its
 * organisation's reports, each printed or as a signed and encrypted CMS file, and the feed.
 */
@ApplicationScoped
@Path("partner")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {
    public static final String PKCS7_MIME = "application/pkcs7-mime";

    @Inject
    PartnerExchange exchange;

    @GET
    @Path("reports")
    public List<PartnerReport> reports() {
        return exchange.reports();
    }

    @GET
    @Path("reports/{id}")
    public PartnerReport report(@PathParam("id") String id) {
        return exchange.report(id);
    }

    @GET
    @Path("reports/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String text(@PathParam("id") String id) {
        return exchange.text(id);
    }

    @GET
    @Path("reports/{id}/cms")
    @Produces(PKCS7_MIME)
    public Response cms(@PathParam("id") String id) {
        byte[] file = exchange.cms(id);
        return Response.ok(file, PKCS7_MIME + "; smime-type=enveloped-data; name=\"report.p7m\"")
                .header("Content-Disposition", "attachment; filename=\"hum-report-" + id + ".p7m\"").build();
    }

    @GET
    @Path("feed")
    public FeedPage feed(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return exchange.feed(after, limit == null ? null : number(limit));
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw org.hum.api.error.HumException.invalid("limit", "must be a whole number from 1 to " + PartnerExchange.FEED_MAX);
        }
    }
}
