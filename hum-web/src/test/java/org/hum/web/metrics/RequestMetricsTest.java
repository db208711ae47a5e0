package org.hum.web.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestMetricsTest {

    @Path("/sources/")
    static class Files {
        @GET
        @Path("{id}/payments")
        public String payments() {
            return "";
        }

        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("/{id: [A-Za-z0-9-]+}/receipt/")
        public String receipt() {
            return "";
        }
    }

    @Test
    void theRouteIsTheTemplateOfClassAndMethodNeverAPathAsCalled() throws Exception {
        assertEquals("/sources/{id}/payments", RequestMetrics.route(Files.class, Files.class.getMethod("payments")));
        assertEquals("/sources", RequestMetrics.route(Files.class, Files.class.getMethod("list")));
    }

    @Test
    void aTemplateVariablesPatternIsDropped() throws Exception {
        assertEquals("/sources/{id}/receipt", RequestMetrics.route(Files.class, Files.class.getMethod("receipt")));
    }

    @Test
    void aRequestThatMatchedNoResourceIsUnmatched() {
        assertEquals("unmatched", RequestMetrics.route(null, null));
    }

    @Test
    void anyMethodButHttpsOwnIsTaggedOtherSoThatNoClientMakesTimersWithoutBound() {
        assertEquals("GET", RequestMetrics.verb("GET"));
        assertEquals("PATCH", RequestMetrics.verb("PATCH"));
        assertEquals("OTHER", RequestMetrics.verb("FOOBAR"));
        assertEquals("OTHER", RequestMetrics.verb("get"));
        assertEquals("OTHER", RequestMetrics.verb(null));
    }
}
