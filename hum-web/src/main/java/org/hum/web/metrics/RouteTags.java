package org.hum.web.metrics;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives each resource method, once at start-up, a filter that marks a request it matched with its
 * route, for the request timer ({@link RequestMetrics}). The timer asked the container's
 * {@code ResourceInfo} on every request instead, a proxy resolved through the injection manager
 * on each call: 1.4 % of a contact report's samples and about 2 % of a trivial GET's
 * (docs/performance.md, "The next session's build"). The route is computed from the class
 * that matched and its method, as before.
 */
@Provider
public class RouteTags implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new Tag(RequestMetrics.route(resource.getResourceClass(), resource.getResourceMethod())));
    }

    /**
     * Before every other filter after matching: a request another filter refuses (a role, a body)
     * is still timed under its route.
     */
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class Tag implements ContainerRequestFilter {
        private final String route;

        Tag(String route) {
            this.route = route;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(RequestMetrics.ROUTE, route);
        }

        String route() {
            return route;
        }
    }
}
