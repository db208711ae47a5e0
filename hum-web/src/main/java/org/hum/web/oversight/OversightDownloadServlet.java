package org.hum.web.oversight;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.error.HumException;
import org.hum.api.oversight.RegisterExport;
import org.hum.oversight.boundary.Figures;
import org.hum.oversight.boundary.Register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The oversight pages' downloads, served to the page's own session: the register's CSV and PDF
 * inspection pack ({@code /oversight/register-export?format=csv|pdf}) and the programme figures'
 * CSV ({@code /oversight/figures-export}), the same as their REST reads for the same filters,
 * through the same core calls (which check the role and record the export). A refused filter
 * answers its 4xx and anyone else 403, in words.
 */
@WebServlet({"/oversight/register-export", "/oversight/figures-export"})
public class OversightDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    Register register;

    @Inject
    Figures figures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean figuresAsked = request.getServletPath().endsWith("figures-export");
        String format = figuresAsked ? "csv" : request.getParameter("format");
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"csv".equals(format)) {
            refuse(response, 400, "format: must be csv or pdf.");
            return;
        }
        byte[] body;
        try {
            if (figuresAsked) {
                body = FigureCharts.csv(figures.of(request.getParameter("from"), request.getParameter("to")))
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                RegisterExport export = register.export(request.getParameter("status"), request.getParameter("compartment"),
                        request.getParameter("handler"), request.getParameter("overdue"),
                        request.getParameter("authorisation"), request.getParameter("sort"));
                body = pdf ? RegisterPdf.of(export) : OversightResource.csv(export).getBytes(StandardCharsets.UTF_8);
            }
        } catch (HumException e) {
            refuse(response, e.code().status(), e.getMessage());
            return;
        } catch (EJBAccessException | AccessLocalException e) {
            refuse(response, 403, figuresAsked ? "The programme figures are for compliance reviewers and controllers."
                    : "The register is for compliance reviewers.");
            return;
        }
        String name = figuresAsked ? "programme-figures.csv" : "register." + format;
        response.setContentType(pdf ? "application/pdf" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message);
    }
}
