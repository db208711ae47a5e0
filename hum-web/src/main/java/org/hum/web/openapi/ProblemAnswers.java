package org.hum.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every operation of the document the problem answers it can return
 * ({@code application/problem+json} with the {@link ApiDocument#PROBLEM} schema), by the same
 * conventions every resource follows (docs/api.md, "Errors"), so that no resource has to repeat
 * them in annotations. An answer an operation already declares is kept as it is.
 */
public class ProblemAnswers implements OASFilter {
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The calls open to anyone (web.xml's unprotected API paths): no token, no role. */
    private static final Map<PathItem.HttpMethod, List<String>> OPEN = Map.of(
            PathItem.HttpMethod.POST, List.of("/auth/login", "/auth/second-factor/enrolment",
                    "/auth/second-factor/enrolment/confirmation"),
            PathItem.HttpMethod.GET, List.of("/health"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> describe(path, method, operation));
        });
    }

    static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> answer : answers(path, method, operation.getRequestBody() != null).entrySet()) {
            if (responses.getAPIResponse(answer.getKey()) == null) {
                responses.addAPIResponse(answer.getKey(), problem(answer.getValue()));
            }
        }
        if (open(path, method)) {
            operation.setSecurity(new ArrayList<>()); // no token needed
        }
        if (method == PathItem.HttpMethod.GET && path.endsWith("/health") && responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The database or the keys are down: the same body, with DOWN where it applies"));
        }
    }

    /** The problem answers of one operation, by status, with what each means there. */
    static Map<String, String> answers(String path, PathItem.HttpMethod method, boolean requestBody) {
        boolean open = open(path, method);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean body = requestBody
                || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        boolean names = path.contains("{");
        Map<String, String> a = new LinkedHashMap<>();
        // every call: a malformed X-Purpose header is refused before any resource is reached
        a.put("400", "A malformed or invalid request (body, parameter or X-Purpose header): errors[] names each bad field");
        if (!open) {
            a.put("401", "No valid token: log in with POST /hum/api/auth/login");
            a.put("403", "Your roles do not allow this call");
        } else if (method == PathItem.HttpMethod.POST) {
            a.put("401", "A wrong or paused login, or a missing or wrong second-factor code, without saying which");
            if (path.endsWith("/auth/login")) {
                a.put("403", "The password is right, but the account must enrol a second factor first "
                        + "(second-factor-enrolment-required)");
            }
        }
        if (names) {
            a.put("404", "No such object, or one you may not see (the two answer alike)");
        }
        boolean enrolment = open && path.contains("/second-factor/");
        if ((write && !open) || names || enrolment) {
            a.put("409", "A conflict: a hard stop of the rule profile (rule and remedy), a state that does not "
                    + "allow the step, or a stored ciphertext that failed its integrity check");
        }
        if (names && path.contains("/sources/{")) {
            a.put("410", "The source file was destroyed (crypto-shredded)");
        }
        if (body) {
            a.put("413", "The body is over the limit (64 KiB; 4 MiB when recording a payment)");
            a.put("415", "The body is not JSON");
        }
        if (enrolment && path.endsWith("/enrolment")) {
            a.put("422", "A partner's account has no second factor");
        }
        if (write && !open) {
            a.put("422", "A rule about the request itself refused it (rule and remedy)");
        }
        return a;
    }

    static boolean open(String path, PathItem.HttpMethod method) {
        return OPEN.getOrDefault(method, List.of()).stream().anyMatch(path::endsWith);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ApiDocument.PROBLEM))));
    }
}
