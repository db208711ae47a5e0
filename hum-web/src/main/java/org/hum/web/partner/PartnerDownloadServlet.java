package org.hum.web.partner;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.error.HumException;
import org.hum.partner.boundary.PartnerExchange;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The portal's download of a report's CMS file ({@code /partner/download/{reportId}}), for a
 * partner logged in to the UI: the REST API takes bearer tokens only. A report not released to
 * the organisation answers 404, as a missing one does.
 */
@WebServlet(urlPatterns = "/partner/download/*")
public class PartnerDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    PartnerExchange exchange;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || !ID.matcher(path).matches()) {
            resp.sendError(404);
            return;
        }
        String reportId = path.substring(1);
        byte[] file;
        try {
            file = exchange.cms(reportId);
        } catch (HumException e) {
            resp.sendError(e.code().status(), e.getMessage());
            return;
        } catch (EJBAccessException e) {
            resp.sendError(403);
            return;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof HumException h) {
                resp.sendError(h.code().status(), h.getMessage());
                return;
            }
            throw e;
        }
        resp.setContentType("application/pkcs7-mime; smime-type=enveloped-data; name=\"report.p7m\"");
        resp.setHeader("Content-Disposition", "attachment; filename=\"hum-report-" + reportId + ".p7m\"");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(file.length);
        resp.getOutputStream().write(file);
    }
}
