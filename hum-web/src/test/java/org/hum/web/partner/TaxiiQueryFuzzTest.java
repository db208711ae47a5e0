package org.hum.web.partner;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.error.HumException;
import org.hum.api.partner.CollectionView;
import org.hum.api.partner.StixObjectVersion;
import org.hum.api.partner.StixPage;
import org.hum.api.partner.TaxiiQuery;
import org.hum.partner.boundary.PartnerExchange;
import org.hum.partner.control.StixRendering;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's TAXII request, whatever its method, path, query and Accept header, served in process
 * by the servlet itself over a collection of one object: it is answered, or refused with a 4xx
 * TAXII error whose description quotes nothing sent; the filters the collection is asked with hold
 * only timestamps the database can hold, and the paging token is decoded or refused. Never another
 * exception, which the servlet answers 500 (docs/testing.md, "Fuzzing").
 *
 * <p>The input is the request as text: {@code METHOD /path?query} on the first line, then
 * {@code Name: value} header lines; the seeds show it.
 */
class TaxiiQueryFuzzTest {
    static final String COLLECTION = "0b8c7a4e-3f9d-4d7e-9a51-6c2e8f1d2a37";
    static final String OBJECT = "report--5e1f2a9b-8c3d-4e7f-a6b5-9d0c1e2f3a4b";
    /** One reader factory: {@code Json.createReader} looks its provider up again on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(null);
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    /** The descriptions of each kind of refusal, for requests that send nothing worth quoting. */
    private static final List<String> FIXED = List.of(
            answer("GET /\nAccept: text/html").description,
            answer("POST /").description,
            answer("GET /elsewhere/").description,
            answer("GET /api/collections/x/").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/x/").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?added_after=x").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?added_after=%2B1000000000-01-01T00:00:00Z").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?limit=x").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?next=").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?match[type]=X").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?match[id]=x").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?match[version]=x").description,
            answer("GET /api/collections/" + COLLECTION + "/objects/?match[version]=0001-01-01T00:00:00Z").description);

    @FuzzTest(maxDuration = "10s")
    void anyTaxiiRequestIsAnsweredOrRefusedWithA4xxThatQuotesNothing(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Answer a = answer(text);
        assertTrue(a.status == 200 || a.status >= 400 && a.status < 500, "answered " + a.status + ": " + a.description);
        if (a.status >= 400) {
            for (String sent : a.request.values()) {
                String quoted = sent.length() > 80 ? sent.substring(0, 80) : sent;
                if (quoted.strip().length() >= 8 && FIXED.stream().noneMatch(f -> f.contains(quoted.strip()))) {
                    assertFalse(a.description.contains(quoted.strip()), "the refusal quotes what was sent: " + a.description);
                }
            }
        }
        TaxiiQuery q = a.exchange.asked;
        if (q != null) {
            assertTrue(q.limit() >= 1);
            if (q.addedAfter() != null) {
                assertTrue(!q.addedAfter().isBefore(EARLIEST) && !q.addedAfter().isAfter(LATEST), "added_after " + q.addedAfter());
            }
            for (String v : q.versions()) {
                assertTrue(v.equals("last") || v.equals("first") || v.equals("all") || v.compareTo("1970") >= 0 && v.compareTo("9999-12-31T23:59:59.999Z") <= 0,
                        "match[version] " + v);
            }
            if (q.next() != null) {
                StixRendering.decodeNext(q.next()).ifPresent(t -> assertTrue(!t.isAfter(LATEST), "next " + t));
            }
        }
    }

    @Test
    void anObjectIdThatIsNotOneIsRefusedWithoutQuotingIt() {
        Answer a = answer("GET /api/collections/" + COLLECTION + "/objects/Xochitl-Ramirez/");
        assertEquals(400, a.status);
        assertFalse(a.description.contains("Xochitl"), a.description);
    }

    @Test
    void aWellFormedRequestIsAnsweredAndItsFiltersReachTheCollection() {
        Answer a = answer("GET /api/collections/" + COLLECTION + "/objects/?added_after=2026-01-01T00:00:00Z&limit=5"
                + "&match[type]=report&match[version]=all\nAccept: application/taxii+json;version=2.1");
        assertEquals(200, a.status, a.description);
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), a.exchange.asked.addedAfter());
        assertEquals(5, a.exchange.asked.limit());
        assertEquals(406, answer("GET /api/collections/\nAccept: text/html").status);
    }

    @Test
    void aPagingTokenOrATimestampBeyondWhatTheDatabaseHoldsIsRefusedNotA500() {
        assertTrue(StixRendering.decodeNext(java.util.Base64.getUrlEncoder().encodeToString(
                ("n1:" + Long.MAX_VALUE).getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEmpty());
        HumException e = assertThrows(HumException.class,
                () -> TaxiiServlet.query(request(Map.of("added_after", "+1000000000-01-01T00:00:00Z"), Map.of(), "GET", "/"), null));
        assertEquals("added_after", e.fieldErrors().get(0).field());
        e = assertThrows(HumException.class,
                () -> TaxiiServlet.query(request(Map.of("match[version]", "-0001-01-01T00:00:00Z"), Map.of(), "GET", "/"), null));
        assertEquals("match[version]", e.fieldErrors().get(0).field());
    }

    // ---- the request, the servlet and its collection, in process ----

    /** What the servlet answered, what it was sent (every value, decoded) and the collection it asked. */
    record Answer(int status, String description, Map<String, String> request, Exchange exchange) {
    }

    static Answer answer(String text) {
        String[] lines = text.split("\r?\n", -1);
        String first = lines[0];
        int space = first.indexOf(' ');
        String method = space < 0 ? "GET" : first.substring(0, space);
        String target = space < 0 ? first : first.substring(space + 1);
        int mark = target.indexOf('?');
        String path = mark < 0 ? target : target.substring(0, mark);
        Map<String, String> params = new HashMap<>();
        Map<String, String> sent = new HashMap<>();
        if (mark >= 0) {
            for (String pair : target.substring(mark + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.putIfAbsent(name, value); // getParameter: the first of several
                sent.put("?" + name + "#" + sent.size(), value);
            }
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String value = lines[i].substring(colon + 1).strip();
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
                sent.put("header#" + i, value);
            }
        }
        for (String segment : path.split("/")) {
            sent.put("/" + segment + "#" + sent.size(), segment);
        }
        Exchange exchange = new Exchange();
        TaxiiServlet servlet = new TaxiiServlet();
        servlet.exchange = exchange;
        servlet.limit = new TaxiiRateLimit() {
            @Override
            public boolean allow(String account) {
                return true;
            }
        };
        Response resp = new Response();
        try {
            servlet.service(request(params, headers, method, path.isEmpty() ? null : path), resp.proxy());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String description = "";
        if (resp.status >= 400) {
            JsonObject error = READERS.createReader(new StringReader(resp.body.toString(StandardCharsets.UTF_8))).readObject();
            description = error.getString("description");
            assertEquals(String.valueOf(resp.status), error.getString("http_status"));
        }
        return new Answer(resp.status, description, sent, exchange);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // what a container would do with a broken escape is not what is fuzzed here
        }
    }

    /** A collection of one report, that keeps the query it was asked with. */
    static final class Exchange extends PartnerExchange {
        TaxiiQuery asked;
        private final StixObjectVersion object = new StixObjectVersion(OBJECT, "report",
                Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-01-02T03:04:05.678901Z"), "{\"id\":\"" + OBJECT + "\"}");

        @Override
        public List<CollectionView> collections() {
            return List.of(new CollectionView(COLLECTION, "Partner", "Reports released"));
        }

        @Override
        public Optional<CollectionView> collection(String collectionId) {
            return collections().stream().filter(c -> c.id().equals(collectionId)).findFirst();
        }

        @Override
        public Optional<StixPage> objects(String collectionId, TaxiiQuery q) {
            asked = q;
            return COLLECTION.equals(collectionId) ? Optional.of(new StixPage(List.of(object), false, null)) : Optional.empty();
        }

        @Override
        public Optional<List<StixObjectVersion>> versions(String collectionId, String objectId) {
            return !COLLECTION.equals(collectionId) ? Optional.empty()
                    : Optional.of(objectId.equals(OBJECT) ? List.of(object) : List.of());
        }
    }

    /** The response's status and body; reset clears both, as a container's does. */
    static final class Response {
        int status = 200;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(TaxiiQueryFuzzTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "reset" -> {
                            status = 200;
                            body.reset();
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "isCommitted" -> false;
                        default -> null;
                    });
        }
    }

    private static HttpServletRequest request(Map<String, String> params, Map<String, String> headers, String method, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(TaxiiQueryFuzzTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getParameter" -> params.get((String) args[0]);
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getContextPath" -> "/hum";
                    case "getRemoteUser" -> "partner";
                    default -> null;
                });
    }
}
