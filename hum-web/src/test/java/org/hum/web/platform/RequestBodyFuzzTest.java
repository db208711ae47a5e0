package org.hum.web.platform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import org.hum.api.error.FieldError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any body sent to any write endpoint, read in process as the server reads it: bound by JSON-B
 * with the application's own configuration ({@link JsonConfig}), then validated as the resource
 * method's parameter is (Hibernate Validator), and any failure answered by the application's own
 * exception mapper. Whatever the bytes, the answer is the body read or a 4xx problem, never a
 * 5xx, and the problem never quotes a value sent (docs/testing.md, "Fuzzing"). The endpoints are
 * found by reflection ({@link WriteEndpoints}), so a new one is fuzzed without a change here.
 */
class RequestBodyFuzzTest {
    private static final java.util.List<WriteEndpoints.Endpoint> ENDPOINTS = WriteEndpoints.all();
    private static final Jsonb JSONB = new JsonConfig().getContext(Object.class);
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ErrorMappers MAPPERS = mappers();
    /** A value sent shorter than this could appear in any message by chance. */
    private static final int RECOGNISABLE = 8;

    @Test
    void theDiscoveryFindsTheWriteEndpointsAndTheirBodies() {
        assertTrue(ENDPOINTS.size() > 30, "write endpoints with a JSON body: " + ENDPOINTS.size());
        System.out.println("RequestBodyFuzzTest: " + ENDPOINTS.size() + " write endpoints with a JSON body");
        Set<String> bodies = new java.util.HashSet<>();
        ENDPOINTS.forEach(e -> bodies.add(e.bodyType().getTypeName()));
        for (String known : new String[] {"org.hum.api.contact.ContactReportRequest", "org.hum.api.payment.PaymentRequest",
                "org.hum.api.reporting.ReportDraft"}) {
            assertTrue(bodies.contains(known), known + " among " + bodies);
        }
        assertTrue(ENDPOINTS.stream().anyMatch(WriteEndpoints.Endpoint::validated), "some bodies are validated");
    }

    @Test
    void aBodyThatIsNotJsonIsA400ThatQuotesNothing() {
        WriteEndpoints.Endpoint e = ENDPOINTS.stream().filter(x -> x.bodyType().getTypeName()
                .equals("org.hum.api.payment.PaymentRequest")).findFirst().orElseThrow();
        Response r = answer(e, "{\"purpose\":\"Xochitl Ramirez-Quintero\",".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.getStatus());
        assertFalse(String.valueOf(r.getEntity()).contains("Quintero"), String.valueOf(r.getEntity()));
    }

    @FuzzTest(maxDuration = "10s")
    void anyBodyToAnyWriteEndpointIsReadOrRefusedWithA4xxThatQuotesNothing(FuzzedDataProvider data) {
        WriteEndpoints.Endpoint endpoint = ENDPOINTS.get(data.consumeInt(0, ENDPOINTS.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        Response r = answer(endpoint, body);
        if (r == null) {
            return; // read and valid
        }
        assertTrue(r.getStatus() >= 400 && r.getStatus() < 500, endpoint + " answered " + r.getStatus() + ": " + r.getEntity());
        // what a person reads: the detail, and each field's name and message
        StringBuilder shown = new StringBuilder(String.valueOf(((Map<?, ?>) r.getEntity()).get("detail")));
        Object errors = ((Map<?, ?>) r.getEntity()).get("errors");
        if (errors instanceof java.util.List<?> list) {
            for (Object e : list) {
                FieldError f = (FieldError) e;
                shown.append('\n').append(f.field()).append('\n').append(f.message());
            }
        }
        for (String value : valuesSent(body)) {
            assertFalse(shown.toString().contains(value), "the problem quotes a value sent: " + shown);
        }
    }

    /**
     * The string values of the body as a JSON parser reads them, up to where it stops: not the
     * keys (an unknown field is named on purpose, so that a misspelling can be fixed), not bare
     * words (field names and enumeration constants are named on purpose too), and long enough to
     * be recognised. A pattern over the text cannot tell a key from a value as the parser does.
     */
    private static java.util.List<String> valuesSent(byte[] body) {
        java.util.List<String> values = new java.util.ArrayList<>();
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (jakarta.json.stream.JsonParser p = jakarta.json.Json.createParser(new ByteArrayInputStream(body))) {
            while (p.hasNext()) {
                jakarta.json.stream.JsonParser.Event e = p.next();
                if (e == jakarta.json.stream.JsonParser.Event.KEY_NAME) {
                    keys.add(p.getString());
                } else if (e == jakarta.json.stream.JsonParser.Event.VALUE_STRING) {
                    String v = p.getString();
                    if (v.length() >= RECOGNISABLE && !v.matches("[A-Za-z_\\[\\]]+")) {
                        values.add(v);
                    }
                }
            }
        } catch (RuntimeException notJsonFromHere) {
            // the values before the fault are kept
        }
        // a value that is part of a key sent may be read in the key's name, which is named on purpose
        values.removeIf(v -> keys.stream().anyMatch(k -> k.contains(v)));
        return values;
    }

    /** Null when the body is read and valid; else the mapper's answer to what failed. */
    private static Response answer(WriteEndpoints.Endpoint endpoint, byte[] body) {
        try {
            // the bytes as sent, from a stream, as the JAX-RS runtime hands them to JSON-B (its encoding detected)
            Object read = JSONB.fromJson(new ByteArrayInputStream(body), endpoint.bodyType());
            if (read == null && endpoint.required()) {
                throw new ConstraintViolationException("body is required", Set.of(endpoint.nullViolation()));
            }
            if (read != null && endpoint.validated()) {
                Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(read);
                if (!violations.isEmpty()) {
                    throw new ConstraintViolationException(violations);
                }
            }
            return null;
        } catch (RuntimeException | StackOverflowError thrown) {
            if (thrown instanceof StackOverflowError) {
                throw new AssertionError("a body made the reader overflow its stack", thrown);
            }
            return MAPPERS.toResponse(thrown);
        }
    }

    private static ErrorMappers mappers() {
        ErrorMappers m = new ErrorMappers();
        m.request = (HttpServletRequest) Proxy.newProxyInstance(RequestBodyFuzzTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> "/hum/api/fuzzed";
                    case "getContextPath" -> "/hum";
                    default -> null;
                });
        return m;
    }
}
