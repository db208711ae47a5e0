package org.hum.web.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.lang.reflect.Method;
import java.time.Duration;

/**
 * Times every API request as {@code hum.api.requests}, tagged with the matched route's
 * template ({@code /sources/{id}/payments}), the HTTP method and the status. The template comes
 * from the resource's annotations, never from the path called: an id, code name or user name
 * never reaches a tag. A request that matched no resource is tagged {@code unmatched}: the clock starts
 * before matching ({@code @PreMatching}), so those are timed too.
 */
@Provider
@PreMatching
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String NAME = "hum.api.requests";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start) || registry == null) {
            return;
        }
        String route = route(resource == null ? null : resource.getResourceClass(),
                resource == null ? null : resource.getResourceMethod());
        registry.timer(NAME,
                        new Tag("route", route),
                        new Tag("method", request.getMethod()),
                        new Tag("status", Integer.toString(response.getStatus())))
                .update(Duration.ofNanos(System.nanoTime() - start));
    }

    /** {@code /class-path/method-path} with each template variable's pattern dropped: {@code {id}}. */
    static String route(Class<?> type, Method method) {
        if (type == null || method == null) {
            return "unmatched";
        }
        StringBuilder route = new StringBuilder();
        append(route, type.getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        return route.length() == 0 ? "/" : route.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static void append(StringBuilder route, Path path) {
        if (path == null) {
            return;
        }
        String p = path.value().replaceAll("^/+|/+$", "");
        if (!p.isEmpty()) {
            route.append('/').append(p);
        }
    }
}
