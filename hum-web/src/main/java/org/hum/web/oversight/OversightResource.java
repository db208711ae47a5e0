package org.hum.web.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hum.api.Page;
import org.hum.api.error.HumException;
import org.hum.api.oversight.ProgrammeFigures;
import org.hum.api.oversight.RegisterExport;
import org.hum.api.oversight.RegisterRow;
import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.oversight.CoverageView;
import org.hum.oversight.boundary.Coverage;
import org.hum.oversight.boundary.Figures;
import org.hum.oversight.boundary.Register;
import org.hum.web.present.CsvCell;

import java.util.List;

/**
 * The oversight reads that come in several formats (docs/api.md, "Oversight"): the central register
 * for compliance reviewers, a page as JSON or the whole register, filtered and sorted, as CSV or as
 * the PDF inspection pack (filters {@code status}, {@code compartment}, {@code handler},
 * {@code overdue}, {@code authorisation}; {@code sort} by a column, {@code -} before it for
 * descending); the programme figures as JSON, CSV or an SVG of charts; and the coverage of the
 * open requirements as JSON or as the SVG heat map by port of entry and priority. One class for the
 * {@code oversight} root, so that {@code register.csv} and {@code figures.svg} are siblings of
 * their JSON reads.
 */
@ApplicationScoped
@Path("oversight")
public class OversightResource {
    @Inject
    Register register;

    @Inject
    Figures figures;

    @Inject
    Coverage coverage;

    @Inject
    PortsOfEntry ports;

    @GET
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<RegisterRow> page(@QueryParam("status") String status, @QueryParam("compartment") String compartment,
                                  @QueryParam("handler") String handler, @QueryParam("overdue") String overdue,
                                  @QueryParam("authorisation") String authorisation, @QueryParam("sort") String sort,
                                  @QueryParam("page") @DefaultValue("0") String page,
                                  @QueryParam("size") @DefaultValue("20") String size) {
        return register.page(status, compartment, handler, overdue, authorisation, sort, number("page", page),
                number("size", size));
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("status") String status, @QueryParam("compartment") String compartment,
                        @QueryParam("handler") String handler, @QueryParam("overdue") String overdue,
                        @QueryParam("authorisation") String authorisation, @QueryParam("sort") String sort) {
        RegisterExport export = register.export(status, compartment, handler, overdue, authorisation, sort);
        return Response.ok(csv(export)).header("Content-Disposition", "attachment; filename=\"register.csv\"").build();
    }

    @GET
    @Path("register.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("status") String status, @QueryParam("compartment") String compartment,
                        @QueryParam("handler") String handler, @QueryParam("overdue") String overdue,
                        @QueryParam("authorisation") String authorisation, @QueryParam("sort") String sort) {
        RegisterExport export = register.export(status, compartment, handler, overdue, authorisation, sort);
        return Response.ok(RegisterPdf.of(export))
                .header("Content-Disposition", "attachment; filename=\"register.pdf\"").build();
    }

    @GET
    @Path("figures")
    @Produces(MediaType.APPLICATION_JSON)
    public ProgrammeFigures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.of(from, to);
    }

    @GET
    @Path("figures.csv")
    @Produces("text/csv")
    public Response figuresCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(FigureCharts.csv(figures.of(from, to)))
                .header("Content-Disposition", "attachment; filename=\"programme-figures.csv\"").build();
    }

    @GET
    @Path("figures.svg")
    @Produces("image/svg+xml")
    public String figuresSvg(@QueryParam("from") String from, @QueryParam("to") String to) {
        return FigureCharts.svg(figures.of(from, to));
    }

    @GET
    @Path("coverage")
    @Produces(MediaType.APPLICATION_JSON)
    public CoverageView coverage(@QueryParam("port") String port, @QueryParam("priority") String priority,
                                 @QueryParam("compartment") String compartment) {
        return coverage.of(port, priority, compartment);
    }

    @GET
    @Path("coverage.svg")
    @Produces("image/svg+xml")
    public String coverageSvg(@QueryParam("port") String port, @QueryParam("priority") String priority,
                              @QueryParam("compartment") String compartment) {
        return CoverageMap.svg(coverage.of(port, priority, compartment), ports.list());
    }

    /** The marking first, as a line of its own, then a header and a line per file. */
    static String csv(RegisterExport export) {
        StringBuilder out = new StringBuilder();
        out.append(CsvCell.of(export.marking())).append("\r\n");
        out.append(String.join(",", List.of(RegisterPdf.COLUMNS).stream().map(CsvCell::of).toList())).append("\r\n");
        for (RegisterRow r : export.rows()) {
            out.append(String.join(",", RegisterPdf.cells(r).stream().map(CsvCell::of).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw HumException.invalid(field, "must be a whole number");
        }
    }
}
