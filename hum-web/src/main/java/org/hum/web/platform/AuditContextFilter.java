package org.hum.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.error.ErrorCode;
import org.hum.audit.boundary.AuditRequests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request what its audit entries need: the client's address (the connection's,
 * not a header anyone can forge), a correlation id (the caller's {@code X-Correlation-Id} if
 * it is a plain token, else a new one; always returned in the response header) and the
 * purpose stated in {@code X-Purpose}. A purpose is a reference such as a case number, not
 * free text, so it cannot carry a name into the trail.
 */
@WebFilter(urlPatterns = "/*")
public class AuditContextFilter extends HttpFilter {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String PURPOSE_HEADER = "X-Purpose";
    private static final long serialVersionUID = 1L;
    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

    @Inject
    transient AuditRequests audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String offered = request.getHeader(CORRELATION_HEADER);
        String correlationId = offered != null && CORRELATION.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        response.setHeader(CORRELATION_HEADER, correlationId);
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose != null && !PURPOSE.matcher(purpose).matches()) {
            response.setStatus(400);
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problems.json(ErrorCode.INVALID_INPUT, "The X-Purpose header must be a reference "
                    + "such as a case number: 1 to 64 letters, digits, dots, colons, slashes, hyphens or underscores.",
                    request.getRequestURI()));
            return;
        }
        audit.begin(request.getRemoteAddr(), correlationId, purpose);
        chain.doFilter(request, response);
    }
}
