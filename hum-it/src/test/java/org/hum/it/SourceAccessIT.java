package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Need-to-know over REST: a user outside the compartment gets exactly what a missing id
 * gets, and never sees the file in a list or a total; a user in the compartment without a
 * true-identity grant sees the code name only; an administrator sees no source content.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class SourceAccessIT {
    private static String copperId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void registerACopperSource() {
        Api.Reply r = Api.post(Api.token(officer1()), "sources", Api.registration("MAGPIE", copper(),
                "Wilhelmina Starcross", "1969-07-20", "+1 520 555 0177"));
        assertEquals(201, r.status(), r.body());
        copperId = r.json().getString("id");
    }

    @Test
    void userOutsideTheCompartmentGetsExactlyTheNotFoundAnswer() {
        String officer2 = Api.token(officer2()); // MESA only
        Api.Reply hidden = Api.get(officer2, "sources/" + copperId);
        Api.Reply missing = Api.get(officer2, "sources/" + UUID.randomUUID());
        Api.Reply garbage = Api.get(officer2, "sources/not-an-id");
        assertEquals(404, hidden.status());
        assertEquals(404, missing.status());
        assertEquals(404, garbage.status());
        assertEquals(withoutInstance(missing.json()), withoutInstance(hidden.json()));
        assertEquals(withoutInstance(missing.json()), withoutInstance(garbage.json()));
        assertEquals(missing.header("Content-Type"), hidden.header("Content-Type"));
        assertFalse(hidden.body().contains("MAGPIE"));
    }

    @Test
    void hiddenFilesAppearInNoListAndNoTotal() throws SQLException {
        String officer2 = Api.token(officer2());
        JsonObject page = Api.get(officer2, "sources?size=100").json();
        assertFalse(page.toString().contains(copperId));
        assertFalse(page.toString().contains(copper()));
        long visibleInDatabase;
        try (var c = Stand.current().rootConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery(("SELECT COUNT(*) FROM source WHERE compartment_code = '" + mesa() + "' AND ")
                     + ("classification_level <= (SELECT clearance_level FROM app_user WHERE username = '" + officer2() + "')"))) {
            rs.next();
            visibleInDatabase = rs.getLong(1);
        }
        assertEquals(visibleInDatabase, page.getJsonNumber("total").longValue());
        assertEquals(visibleInDatabase, page.getJsonArray("items").size());
        assertTrue(Rows.count("source") > visibleInDatabase, "some files must be hidden for this test to mean anything");
    }

    @Test
    void userInTheCompartmentWithoutAGrantSeesTheCodeNameOnly() {
        for (String user : new String[] {controller1(), reviewer1()}) {
            Api.Reply r = Api.get(Api.token(user), "sources/" + copperId);
            assertEquals(200, r.status(), user + ": " + r.body());
            JsonObject body = r.json();
            assertEquals("MAGPIE", body.getString("codeName"));
            assertFalse(body.getBoolean("identityVisible"));
            assertTrue(Api.isNull(body, "identity"));
            assertFalse(r.body().contains("Starcross") || r.body().contains("1969-07-20") || r.body().contains("0177"),
                    user + " saw part of the true identity");
            assertTrue(Api.get(Api.token(user), "sources?size=100").body().contains(copperId), user + " lists it");
        }
    }

    @Test
    void handlerSeesTheTrueIdentity() {
        JsonObject body = Api.get(Api.token(officer1()), "sources/" + copperId).json();
        assertTrue(body.getBoolean("identityVisible"));
        assertEquals("Wilhelmina Starcross", body.getJsonObject("identity").getString("trueName"));
    }

    @Test
    void administratorSeesNoSourceContent() {
        String admin = Api.token(admin1());
        Api.Reply one = Api.get(admin, "sources/" + copperId);
        Api.Reply missing = Api.get(admin, "sources/" + UUID.randomUUID());
        Api.Reply list = Api.get(admin, "sources");
        assertEquals(403, one.status());
        assertEquals(withoutInstance(missing.json()), withoutInstance(one.json()), "refusal must not depend on existence");
        assertEquals(403, list.status());
        assertFalse(one.body().contains("MAGPIE"));
    }

    @Test
    void registeringInAnotherUnitsCompartmentIsRefusedAsUnknown() throws SQLException {
        long before = Rows.count("source");
        Api.Reply r = Api.post(Api.token(officer2()), "sources", Api.registration("ROOK", copper(), "Test Person",
                "1980-01-01", "+1 555 000 3333"));
        assertEquals(400, r.status());
        assertEquals("compartment", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(r.body().contains((copper() + ",")), "the answer lists only the caller's own compartments");
        assertEquals(before, Rows.count("source"));
    }

    private static JsonObject withoutInstance(JsonObject o) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        b.remove("instance");
        return b.build();
    }
}
