package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Intelligence requirements over REST, for every role: controllers create and close them; case
 * officers, controllers, authorising officers and compliance reviewers read them; a user not
 * cleared for the compartment gets 404 as for an unknown id and never sees it listed; every
 * refusal writes nothing.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class RequirementIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String body(String title, String priority, String owner, String compartment) {
        var b = Json.createObjectBuilder();
        if (title != null) {
            b.add("title", title);
        }
        if (priority != null) {
            b.add("priority", priority);
        }
        if (owner != null) {
            b.add("owner", owner);
        }
        if (compartment != null) {
            b.add("compartment", compartment);
        }
        return b.add("description", "Which crossings and which days.").build().toString();
    }

    /** A new open requirement of the compartment, owned by officer1, created by controller1. */
    static String create(String compartment, String priority) {
        Api.Reply r = Api.post(Api.token(controller1()), "requirements",
                body("Precursor shipments through the port " + UUID.randomUUID().toString().substring(0, 4), priority,
                        officer1(), compartment));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }


    static List<JsonObject> listed(String user, String query) {
        Api.Reply r = Api.get(Api.token(user), "requirements" + query);
        assertEquals(200, r.status(), r.body());
        return Json.createReader(new java.io.StringReader(r.body())).readArray().stream().map(JsonValue::asJsonObject).toList();
    }

    static long count() throws SQLException {
        return Rows.count("intelligence_requirement");
    }

    @Test
    void aControllerCreatesARequirementThatTheClearedReadAndTheUnclearedCannotFind() throws SQLException {
        Api.Reply created = Api.post(Api.token(controller1()), "requirements",
                body("Fentanyl precursors crossing at Nogales", "HIGH", officer1(), copper()));
        assertEquals(201, created.status(), created.body());
        JsonObject r = created.json();
        String id = r.getString("id");
        assertTrue(r.getString("reference").matches("R-\\d{4}-[0-9A-Z]{6}"), r.getString("reference"));
        assertEquals("OPEN", r.getString("status"));
        assertEquals(officer1(), r.getString("owner"));
        assertEquals(controller1(), r.getString("createdBy"));
        assertEquals(copper(), r.getString("compartment"));
        assertEquals(0, r.getInt("openTaskings"));
        assertTrue(created.header("Location").endsWith("requirements/" + id));

        for (String reader : List.of(officer1(), controller1(), authoriser1(), reviewer1())) {
            Api.Reply g = Api.get(Api.token(reader), "requirements/" + id);
            assertEquals(200, g.status(), reader + ": " + g.body());
            assertEquals("Fentanyl precursors crossing at Nogales", g.json().getString("title"));
            assertTrue(listed(reader, "").stream().anyMatch(o -> o.getString("id").equals(id)), reader);
        }
        // officer2 is cleared for MESA only: as if it did not exist
        Api.Reply hidden = Api.get(Api.token(officer2()), "requirements/" + id);
        assertEquals(404, hidden.status(), hidden.body());
        assertEquals(Api.get(Api.token(officer2()), "requirements/" + UUID.randomUUID()).json().getString("detail"),
                hidden.json().getString("detail"), "the same answer as an unknown id");
        assertFalse(listed(officer2(), "").stream().anyMatch(o -> o.getString("id").equals(id)));
        assertEquals(404, Api.get(Api.token(officer1()), "requirements/not-a-uuid").status());
        // an administrator has no role here
        assertEquals(403, Api.get(Api.token(admin1()), "requirements").status());
        assertEquals(403, Api.get(Api.token(admin1()), "requirements/" + id).status());

        // filtered by state
        assertTrue(listed(officer1(), "?status=OPEN").stream().anyMatch(o -> o.getString("id").equals(id)));
        assertFalse(listed(officer1(), "?status=CLOSED").stream().anyMatch(o -> o.getString("id").equals(id)));
        assertEquals(400, Api.get(Api.token(officer1()), "requirements?status=HALF").status());
    }

    @Test
    void onlyControllersCreateAndEveryBadRequestIsRefusedWritingNothing() throws SQLException {
        long before = count();
        String good = body("Cash couriers", "LOW", officer1(), copper());
        for (String user : List.of(officer1(), authoriser1(), reviewer1(), admin1())) {
            assertEquals(403, Api.post(Api.token(user), "requirements", good).status(), user);
        }
        Api.Reply noTitle = Api.post(Api.token(controller1()), "requirements", body(null, "LOW", officer1(), copper()));
        assertEquals(400, noTitle.status(), noTitle.body());
        assertTrue(noTitle.body().contains("title"), noTitle.body());
        assertEquals(400, Api.post(Api.token(controller1()), "requirements", body("x", "URGENTISSIMO", officer1(), copper())).status());
        assertEquals(400, Api.post(Api.token(controller1()), "requirements", body("x", null, officer1(), copper())).status());
        Api.Reply badCompartment = Api.post(Api.token(controller1()), "requirements", body("x", "LOW", officer1(), "NOPE"));
        assertEquals(400, badCompartment.status(), badCompartment.body());
        assertTrue(badCompartment.body().contains("compartment"), badCompartment.body());
        Api.Reply badOwner = Api.post(Api.token(controller1()), "requirements", body("x", "LOW", "nobody-" + UUID.randomUUID(), copper()));
        assertEquals(400, badOwner.status(), badOwner.body());
        assertTrue(badOwner.body().contains("owner"), badOwner.body());
        // officer2 may not see COPPER: not an owner of a COPPER requirement
        Api.Reply unclearedOwner = Api.post(Api.token(controller1()), "requirements", body("x", "LOW", officer2(), copper()));
        assertEquals(400, unclearedOwner.status(), unclearedOwner.body());
        assertEquals(400, Api.post(Api.token(controller1()), "requirements", body("x".repeat(201), "LOW", officer1(), copper())).status());
        assertEquals(400, Api.post(Api.token(controller1()), "requirements", "{\"title\":").status());
        assertEquals(before, count(), "a refusal writes nothing");
    }

    @Test
    void aControllerClosesARequirementOnceAndNobodyElseMay() throws SQLException {
        String id = create(copper(), "MEDIUM");
        for (String user : List.of(officer1(), authoriser1(), reviewer1(), admin1())) {
            assertEquals(403, Api.post(Api.token(user), "requirements/" + id + "/closure", "").status(), user);
        }
        assertEquals("OPEN", Api.get(Api.token(officer1()), "requirements/" + id).json().getString("status"));
        Api.Reply closed = Api.post(Api.token(controller1()), "requirements/" + id + "/closure", "");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(controller1(), closed.json().getString("closedBy"));
        Api.Reply again = Api.post(Api.token(controller1()), "requirements/" + id + "/closure", "");
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").contains("already closed"), again.body());
        assertEquals(404, Api.post(Api.token(controller1()), "requirements/" + UUID.randomUUID() + "/closure", "").status());
    }
}
