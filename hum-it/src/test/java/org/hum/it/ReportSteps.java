package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps of the report ITs: one token per cast member per class, a contact with an item, a draft body. */
final class ReportSteps {
    static final String PLACE = "Harbour cafe Zanzibar-4410, back room";
    private static final Map<String, String> TOKENS = new HashMap<>();

    private ReportSteps() {
    }

    /** One login per user per class run (the cast's users differ per class). */
    static synchronized String token(String user) {
        return TOKENS.computeIfAbsent(user, Api::token);
    }

    /** A contact with one item, submitted by officer1; answers the item's id (as reports1 sees it). */
    static Item contactItem(String sourceId, String itemText, Instant occurredAt) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("occurredAt", occurredAt.toString())
                .add("method", "MEETING").add("place", PLACE).add("durationMinutes", 40)
                .add("narrative", "Met as arranged.")
                .add("presentUsers", Json.createArrayBuilder().add(officer1()))
                .add("othersPresent", Json.createArrayBuilder())
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", itemText).add("credibility", "2")));
        Api.Reply r = Api.post(token(officer1()), "sources/" + sourceId + "/contact-reports", body.build().toString());
        assertEquals(201, r.status(), r.body());
        Api.Reply items = Api.get(token(reports1()), "reports/available-items");
        assertEquals(200, items.status(), items.body());
        for (JsonObject i : Json.createReader(new java.io.StringReader(items.body())).readArray().getValuesAs(JsonObject.class)) {
            if (i.getString("sourceId").equals(sourceId) && i.getString("text").equals(itemText)) {
                return new Item(i.getString("itemId"), i.getString("contactReportId"), occurredAt);
            }
        }
        throw new AssertionError("the new item is not among the available items");
    }

    static Instant hoursAgo(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(hours));
    }

    record Item(String id, String contactReportId, Instant occurredAt) {
    }

    /** An approved source description, made by controller1. */
    static String description(String access) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("text", "a source with " + (access == null ? "" : access.toLowerCase(java.util.Locale.ROOT) + " ")
                        + "access who has reported reliably in the past")
                .add("reliabilities", Json.createArrayBuilder().add("A").add("B"));
        if (access != null) {
            b.add("access", access);
        }
        Api.Reply r = Api.post(token(controller1()), "source-descriptions", b.build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static JsonObjectBuilder draft(String itemId, String text, String descriptionId) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", "Precursor shipments at the western ports")
                .add("itemIds", Json.createArrayBuilder().add(itemId))
                .add("notes", "Rests on the dispatcher's account of this week.")
                .add("releasableText", text).add("subject", "precursor chemicals").add("area", "Sonora corridor")
                .add("ports", Json.createArrayBuilder().add("NOGALES_MARIPOSA").add("SAN_LUIS"))
                .add("concerning", "2026-11-03").add("tlp", "AMBER+STRICT")
                .add("releasableTo", Json.createArrayBuilder().add("FEDERAL").add("STATE"))
                .add("recipients", Json.createArrayBuilder().add("Arizona fusion centre"))
                .add("purpose", "CASE-2026-114");
        if (descriptionId != null) {
            b.add("sourceDescriptionId", descriptionId);
        }
        return b;
    }

    static JsonArrayBuilder array(String... values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static Api.Reply put(String user, String path, String json) {
        return Api.send(Api.request(token(user), path).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }
}
