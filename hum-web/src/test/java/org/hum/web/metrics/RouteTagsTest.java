package org.hum.web.metrics;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTagsTest {

    @Path("sources/{id: [a-f0-9-]+}")
    static class Payments {
        @GET
        @Path("payments")
        public String list() {
            return "";
        }
    }

    /** The same method, matched through a subclass that answers at another path. */
    @Path("prospects/{id}")
    static class ProspectPayments extends Payments {
    }

    @Test
    void eachResourceMethodGetsATagWithItsRouteByTheClassThatMatched() throws Exception {
        Method list = Payments.class.getMethod("list");
        assertEquals("/sources/{id}/payments", tagOf(Payments.class, list).route());
        assertEquals("/prospects/{id}/payments", tagOf(ProspectPayments.class, list).route());
    }

    @Test
    void theTagMarksTheRequestForTheTimerBeforeAnyOtherFilterAfterMatching() throws Exception {
        RouteTags.Tag tag = tagOf(Payments.class, Payments.class.getMethod("list"));
        Map<String, Object> properties = new HashMap<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setProperty")) {
                        properties.put((String) args[0], args[1]);
                    }
                    return null;
                });
        tag.filter(request);
        assertEquals(Map.of(RequestMetrics.ROUTE, "/sources/{id}/payments"), properties);
        int priority = RouteTags.Tag.class.getAnnotation(Priority.class).value();
        assertTrue(priority < Priorities.AUTHENTICATION, "the tag runs before authentication's filters: " + priority);
    }

    private static RouteTags.Tag tagOf(Class<?> type, Method method) {
        ResourceInfo info = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
        List<Object> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(RouteTagsTest.class.getClassLoader(),
                new Class<?>[]{FeatureContext.class}, (proxy, m, args) -> {
                    if (m.getName().equals("register")) {
                        registered.add(args[0]);
                    }
                    return proxy;
                });
        new RouteTags().configure(info, context);
        assertEquals(1, registered.size(), "one tag a resource method: " + registered);
        return (RouteTags.Tag) registered.get(0);
    }
}
