package org.hum.contact.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.hum.api.contact.ContactMethod;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.IntelligenceItemInput;
import org.hum.api.contact.OtherPresent;
import org.hum.api.contact.PresentRole;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A draft's content as JSON, to be encrypted as one envelope (and back). */
public final class DraftCodec {
    private DraftCodec() {
    }

    public static String encode(ContactReportRequest r) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        put(b, "occurredAt", r.occurredAt() == null ? null : r.occurredAt().toString());
        put(b, "method", r.method() == null ? null : r.method().name());
        put(b, "place", r.place());
        if (r.durationMinutes() != null) {
            b.add("durationMinutes", r.durationMinutes());
        }
        put(b, "narrative", r.narrative());
        JsonArrayBuilder users = Json.createArrayBuilder();
        r.presentUsers().forEach(u -> users.add(u == null ? "" : u));
        b.add("presentUsers", users);
        JsonArrayBuilder others = Json.createArrayBuilder();
        r.othersPresent().forEach(o -> {
            JsonObjectBuilder ob = Json.createObjectBuilder();
            if (o != null) {
                put(ob, "role", o.role() == null ? null : o.role().name());
                put(ob, "description", o.description());
            }
            others.add(ob);
        });
        b.add("othersPresent", others);
        JsonArrayBuilder items = Json.createArrayBuilder();
        r.items().forEach(i -> {
            JsonObjectBuilder ib = Json.createObjectBuilder();
            if (i != null) {
                put(ib, "text", i.text());
                put(ib, "credibility", i.credibility());
                put(ib, "handling", i.handling());
                put(ib, "taskingId", i.taskingId());
                put(ib, "port", i.port());
            }
            items.add(ib);
        });
        b.add("items", items);
        b.add("welfareConcern", r.welfareConcern());
        put(b, "welfareText", r.welfareText());
        b.add("securityConcern", r.securityConcern());
        put(b, "securityText", r.securityText());
        put(b, "nextContactAt", r.nextContactAt() == null ? null : r.nextContactAt().toString());
        return b.build().toString();
    }

    /**
     * The report a draft's body holds; anything else (not JSON, not an object, a value of the wrong
     * kind, an unknown method or role, a time that does not parse) is an IllegalArgumentException
     * naming the kind of fault, never the text (a draft is the source's business).
     */
    public static ContactReportRequest decode(String json) {
        try {
            return read(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a contact draft: " + e.getClass().getSimpleName(), e);
        }
    }

    private static ContactReportRequest read(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        List<String> users = new ArrayList<>();
        array(o, "presentUsers").forEach(v -> users.add(v instanceof jakarta.json.JsonString s ? s.getString() : ""));
        List<OtherPresent> others = new ArrayList<>();
        array(o, "othersPresent").forEach(v -> {
            JsonObject x = v.asJsonObject();
            String role = str(x, "role");
            others.add(new OtherPresent(role == null ? null : PresentRole.valueOf(role), str(x, "description")));
        });
        List<IntelligenceItemInput> items = new ArrayList<>();
        array(o, "items").forEach(v -> {
            JsonObject x = v.asJsonObject();
            items.add(new IntelligenceItemInput(str(x, "text"), str(x, "credibility"), str(x, "handling"), str(x, "taskingId"),
                    str(x, "port")));
        });
        String occurred = str(o, "occurredAt");
        String method = str(o, "method");
        String next = str(o, "nextContactAt");
        return new ContactReportRequest(occurred == null ? null : Instant.parse(occurred),
                method == null ? null : ContactMethod.valueOf(method), str(o, "place"),
                o.containsKey("durationMinutes") && !o.isNull("durationMinutes") ? o.getInt("durationMinutes") : null,
                str(o, "narrative"), users, others, items, o.getBoolean("welfareConcern", false), str(o, "welfareText"),
                o.getBoolean("securityConcern", false), str(o, "securityText"), next == null ? null : Instant.parse(next),
                null, null);
    }

    private static JsonArray array(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.ARRAY ? o.getJsonArray(name)
                : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String str(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : null;
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
