package org.hum.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.Page;
import org.hum.api.error.HumException;
import org.hum.api.reporting.DisseminationAction;
import org.hum.api.reporting.DisseminationView;
import org.hum.web.present.CsvCell;
import org.hum.reporting.boundary.ReportLists;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The dissemination log for reviewers (docs/api.md, "Reports"): JSON pages, or CSV with
 * {@code ?format=csv} or {@code Accept: text/csv}.
 */
@ApplicationScoped
@Path("disseminations")
public class DisseminationsResource {
    static final String CSV = "text/csv";
    private static final int CSV_MAX = 10_000;

    @Inject
    ReportLists lists;

    @GET
    public Response list(@QueryParam("reportId") String reportId, @QueryParam("action") String action,
                         @QueryParam("recipient") String recipient, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("format") String format,
                         @HeaderParam("Accept") String accept) {
        DisseminationAction wanted = null;
        if (action != null && !action.isBlank()) {
            try {
                wanted = DisseminationAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HumException.invalid("action", "must be RELEASE, READ, DELIVERY or RECALL");
            }
        }
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        boolean csv = "csv".equalsIgnoreCase(format) || accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON);
        if (format != null && !format.isBlank() && !csv && !"json".equalsIgnoreCase(format)) {
            throw HumException.invalid("format", "must be json or csv");
        }
        if (csv) {
            List<DisseminationView> rows = lists.disseminations(reportId, wanted, blank(recipient), since, until, CSV_MAX);
            return Response.ok(csv(rows), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"disseminations.csv\"").build();
        }
        int p = page == null ? 0 : page;
        int s = size == null ? Page.DEFAULT_SIZE : size;
        if (p < 0) {
            throw HumException.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            throw HumException.invalid("size", "must be 1 to " + Page.MAX_SIZE);
        }
        List<DisseminationView> all = lists.disseminations(reportId, wanted, blank(recipient), since, until, CSV_MAX);
        List<DisseminationView> items = all.stream().skip((long) p * s).limit(s).toList();
        return Response.ok(new Page<>(items, p, s, all.size()), MediaType.APPLICATION_JSON).build();
    }

    static String csv(List<DisseminationView> rows) {
        StringBuilder b = new StringBuilder("action,reportId,versionId,version,recipient,tlp,purpose,actor,at\r\n");
        for (DisseminationView d : rows) {
            b.append(d.action()).append(',').append(d.reportId()).append(',').append(d.versionId())
                    .append(',').append(d.version()).append(',').append(cell(d.recipient())).append(',').append(cell(d.tlp()))
                    .append(',').append(cell(d.purpose())).append(',').append(cell(d.actor())).append(',').append(d.at())
                    .append("\r\n");
        }
        return b.toString();
    }

    private static String cell(String value) {
        return CsvCell.of(value);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HumException.invalid(field, "must be an instant such as 2026-11-28T10:00:00Z");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
