package org.hum.web.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every API request as {@code hum.api.requests}, tagged with the matched route's
 * template ({@code /sources/{id}/payments}), the HTTP method and the status. The template comes
 * from the resource's annotations ({@link RouteTags}), never from the path called: an id, code name
 * or user name never reaches a tag. A request that matched no resource is tagged {@code unmatched}:
 * the clock starts before matching ({@code @PreMatching}), so those are timed too.
 */
@Provider
@PreMatching
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String NAME = "hum.api.requests";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    /** The matched resource method's route, set by {@link RouteTags} once the request has matched. */
    static final String ROUTE = RequestMetrics.class.getName() + ".route";
    private static final java.util.Set<String> STANDARD_METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS", "TRACE", "CONNECT");

    @Inject
    MetricRegistry registry;

    /** The timers by route, HTTP method and status: bounded by the routes and the statuses the application answers. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

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
        // each resource method's route, computed once at start-up by the class that matched and its
        // method (a method a class inherits takes its path from the class that matched); the
        // application's, a bounded set
        String route = request.getProperty(ROUTE) instanceof String matched ? matched : "unmatched";
        int status = response.getStatus();
        String verb = verb(request.getMethod());
        // a timer per route, method and status, found in the registry once and kept (a look-up built
        // and sorted the tags on every request)
        timers.computeIfAbsent(route + ' ' + verb + ' ' + status, key -> registry.timer(NAME,
                        new Tag("route", route),
                        new Tag("method", verb),
                        new Tag("status", Integer.toString(status))))
                .update(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The method's tag: one of HTTP's own, else {@code OTHER}. A client may send any token as a
     * method (unauthenticated, to any path), and each one made a timer of its own, without bound.
     */
    static String verb(String method) {
        return method != null && STANDARD_METHODS.contains(method) ? method : "OTHER";
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
