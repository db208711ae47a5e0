package org.hum.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.RuleViolation;
import org.hum.api.reporting.IdentifyingDetailFound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details: the one shape of every error the API returns. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(ErrorCode code, String detail, String instance, List<FieldError> errors) {
        return Response.status(code.status()).type(MEDIA_TYPE).entity(body(code, detail, instance, errors)).build();
    }

    /** A refusal by the rule profile: the problem also names the rule and what would satisfy it. */
    public static Response response(RuleViolation violation, String instance) {
        Map<String, Object> p = body(violation.code(), violation.getMessage(), instance, List.of());
        p.put("rule", violation.rule());
        p.put("remedy", violation.remedy());
        if (violation instanceof IdentifyingDetailFound found) {
            p.put("findings", found.findings()); // kinds, fields and offsets: never the text found
        }
        return Response.status(violation.code().status()).type(MEDIA_TYPE).entity(p).build();
    }

    public static Map<String, Object> body(ErrorCode code, String detail, String instance, List<FieldError> errors) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "/hum/problems/" + code.slug());
        p.put("title", code.title());
        p.put("status", code.status());
        p.put("detail", detail);
        if (instance != null) {
            p.put("instance", instance);
        }
        if (errors != null && !errors.isEmpty()) {
            p.put("errors", errors);
        }
        return p;
    }

    /** The same body as JSON text, for code outside JAX-RS (filters, the authentication mechanism). */
    public static String json(ErrorCode code, String detail, String instance) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "/hum/problems/" + code.slug())
                .add("title", code.title())
                .add("status", code.status())
                .add("detail", detail);
        if (instance != null) {
            b.add("instance", instance);
        }
        return b.build().toString();
    }
}
