package org.hum.web.present;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.audit.AuditQuery;
import org.hum.api.error.HumException;
import org.hum.audit.boundary.AuditReview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The audit page's "Download the export" button: the same verifiable slice as
 * {@code GET /api/audit/export}, for the same filters, through the same core call (which checks
 * the compliance reviewer's role and records the export in the trail), served to the page's
 * own session. A refused filter answers its 4xx and a caller without the role 403, in words.
 */
@WebServlet("/audit-export")
public class AuditExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditReview review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json;
        try {
            json = review.export(AuditQuery.parse(request.getParameter("sourceId"), request.getParameter("actor"),
                    AuditFilter.action(request.getParameter("action")), request.getParameter("from"),
                    request.getParameter("to")));
        } catch (HumException e) {
            refuse(response, e.code().status(), e.getMessage());
            return;
        } catch (EJBAccessException | AccessLocalException e) {
            refuse(response, 403, "Only compliance reviewers export the audit trail.");
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"hum-audit-slice.json\"");
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
