package org.hum.web.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.hum.platform.boundary.StatementCounts;

/**
 * On the test stand only, answers each REST call with the number of SQL statements it sent
 * ({@code X-Hum-Statements}; docs/performance.md, "Statements per request"), counted from the
 * moment the call reaches the REST layer (after authentication) until its answer is ready. The
 * cost tests assert that these counts do not grow with the data.
 */
@Provider
@PreMatching
public class StatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Hum-Statements";

    @Inject
    StatementCounts counts;

    @Override
    public void filter(ContainerRequestContext request) {
        if (counts.shown()) {
            counts.begin();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (counts.shown()) {
            response.getHeaders().putSingle(HEADER, Integer.toString(counts.sinceBegin()));
        }
    }
}
