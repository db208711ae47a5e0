package org.hum.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What Payara cannot learn from the resources: the API's title, version and description, the
 * bearer token every call but the login and health sends, and the shape of a problem answer
 * (docs/api.md, "Errors"): {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, {@code errors[]} naming each bad field, and for a refusal by a rule
 * {@code rule} and {@code remedy}.
 */
public class ApiDocument implements OASModelReader {
    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String BEARER = "bearer";

    static final String DESCRIPTION = """
            HUM's REST API: the files of confidential human sources, their lifecycle (prospects, \
            deconfliction, validation and grading, authorisations, standing), taskings, contact \
            reports, payments and the ledger, the audit trail and administration.
            Log in with POST /hum/api/auth/login and send the token as `Authorization: Bearer`. \
            A file you may not see answers exactly as a missing one (404). Every error is an \
            RFC 9457 problem (`application/problem+json`); a refusal by a rule of the rule profile \
            names it in `rule` (such as `payment.not-contingent`) with the `remedy`. \
            The conventions are in docs/api.md of the repository.""";

    @Override
    public OpenAPI buildModel() {
        String version = version();
        return OASFactory.createOpenAPI()
                .info(OASFactory.createInfo()
                        .title("HUM: confidential human-source and tasking management")
                        .version(version)
                        .description(DESCRIPTION))
                .components(OASFactory.createComponents()
                        .addSchema(FIELD_ERROR, fieldError())
                        .addSchema(PROBLEM, problem())
                        .addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("The token from POST /hum/api/auth/login; it lasts 30 minutes by default")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    }

    /** The project's version, written into {@code api.properties} by the build. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = ApiDocument.class.getResourceAsStream("api.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("One invalid field: its JSON name and what to do about it; never the value sent")
                .addProperty("field", text("the field's JSON name"))
                .addProperty("message", text("what to do about it"));
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: the one shape of every error HUM's API returns")
                .addRequired("type").addRequired("title").addRequired("status").addRequired("detail")
                .addProperty("type", text("/hum/problems/<slug>, such as /hum/problems/rule-violation"))
                .addProperty("title", text("the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("the HTTP status"))
                .addProperty("detail", text("what happened and what to do"))
                .addProperty("instance", text("the path called"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("each bad field")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .addProperty("rule", text("the rule refused by, such as authorisation.current or payment.not-contingent"))
                .addProperty("remedy", text("what would satisfy the rule"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
