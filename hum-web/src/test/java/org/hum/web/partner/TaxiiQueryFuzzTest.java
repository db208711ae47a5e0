package org.hum.web.partner;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.servlet.http.HttpServletRequest;
import org.hum.api.error.HumException;
import org.hum.api.partner.TaxiiQuery;
import org.hum.partner.control.StixRendering;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's TAXII query, whatever its parameters: the filters are read, or refused with a 4xx
 * that names the parameter; the paging token the server handed out is decoded or refused; and
 * any timestamp accepted is one the database can hold. Never another exception, which the
 * servlet would answer 500 (docs/testing.md, "Fuzzing").
 */
class TaxiiQueryFuzzTest {
    private static final String[] PARAMETERS = {"added_after", "limit", "next", "match[type]", "match[id]",
            "match[version]", "match[spec_version]"};
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @FuzzTest(maxDuration = "10s")
    void anyQueryIsReadOrRefusedWithA4xxNamingTheParameter(FuzzedDataProvider data) {
        Map<String, String> params = new HashMap<>();
        int n = data.consumeInt(0, PARAMETERS.length);
        for (int i = 0; i < n; i++) {
            params.put(data.pickValue(PARAMETERS), data.consumeString(120));
        }
        String objectId = data.consumeBoolean() ? data.consumeRemainingAsString() : null;
        try {
            TaxiiQuery q = TaxiiServlet.query(request(params), objectId);
            assertTrue(q.limit() >= 1);
            if (q.addedAfter() != null) {
                assertTrue(!q.addedAfter().isBefore(EARLIEST) && !q.addedAfter().isAfter(LATEST), "added_after " + q.addedAfter());
            }
            if (q.next() != null) {
                StixRendering.decodeNext(q.next()).ifPresent(t -> assertTrue(!t.isAfter(LATEST), "next " + t));
            }
        } catch (HumException refused) {
            int status = refused.code().status();
            assertTrue(status >= 400 && status < 500, "answered " + status);
            assertEquals(1, refused.fieldErrors().size(), "the refusal names the parameter");
        }
    }

    @Test
    void aPagingTokenOrATimestampBeyondWhatTheDatabaseHoldsIsRefusedNotA500() {
        assertTrue(StixRendering.decodeNext(java.util.Base64.getUrlEncoder().encodeToString(
                ("n1:" + Long.MAX_VALUE).getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEmpty());
        HumException e = assertThrows(HumException.class,
                () -> TaxiiServlet.query(request(Map.of("added_after", "+1000000000-01-01T00:00:00Z")), null));
        assertEquals("added_after", e.fieldErrors().get(0).field());
        e = assertThrows(HumException.class,
                () -> TaxiiServlet.query(request(Map.of("match[version]", "-0001-01-01T00:00:00Z")), null));
        assertEquals("match[version]", e.fieldErrors().get(0).field());
    }

    private static HttpServletRequest request(Map<String, String> params) {
        return (HttpServletRequest) Proxy.newProxyInstance(TaxiiQueryFuzzTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> method.getName().equals("getParameter")
                        ? params.get((String) args[0]) : null);
    }
}
