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
import org.hum.oversight.boundary.Register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The register page's downloads: the same CSV and PDF inspection pack as
 * {@code GET /api/oversight/register.csv} and {@code .pdf}, for the same filters, through the same
 * core call (which checks the reviewer's role and records the export), served to the page's own
 * session. A refused filter answers its 4xx and anyone else 403, in words.
 */
@WebServlet("/oversight/register-export")
public class RegisterExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    Register register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"csv".equals(format)) {
            refuse(response, 400, "format: must be csv or pdf.");
            return;
        }
        RegisterExport export;
        try {
            export = register.export(request.getParameter("status"), request.getParameter("compartment"),
                    request.getParameter("handler"), request.getParameter("overdue"), request.getParameter("authorisation"),
                    request.getParameter("sort"));
        } catch (HumException e) {
            refuse(response, e.code().status(), e.getMessage());
            return;
        } catch (EJBAccessException | AccessLocalException e) {
            refuse(response, 403, "The register is for compliance reviewers.");
            return;
        }
        byte[] body = pdf ? RegisterPdf.of(export) : RegisterResource.csv(export).getBytes(StandardCharsets.UTF_8);
        response.setContentType(pdf ? "application/pdf" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"register." + format + "\"");
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
