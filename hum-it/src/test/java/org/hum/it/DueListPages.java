package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dashboard with its due lists read whole: each list shows a hundred lines at most, and the
 * rest page by page ({@code ?section=OVERDUE&from=N}); the test stand's lists hold every IT's lines.
 */
final class DueListPages {
    static final Map<String, String> LISTS = Map.of("OVERDUE", "overdue", "DUE_TODAY", "dueToday", "DUE_SOON", "dueSoon");

    private DueListPages() {
    }

    /** The caller's dashboard (200 asserted), its three due lists holding every line the caller may see. */
    static JsonObject whole(String token) {
        Api.Reply first = Api.get(token, "dashboard");
        assertEquals(200, first.status(), first.body());
        JsonObject d = first.json();
        JsonObjectBuilder out = Json.createObjectBuilder(d);
        for (var list : LISTS.entrySet()) {
            JsonArray shown = d.getJsonArray(list.getValue());
            JsonArrayBuilder all = Json.createArrayBuilder(shown);
            int total = d.getJsonObject("dueCounts").getJsonObject(list.getKey()).getInt("total");
            for (int from = shown.size(); from < total; ) {
                Api.Reply page = Api.get(token, "dashboard?section=" + list.getKey() + "&from=" + from);
                assertEquals(200, page.status(), page.body());
                JsonArray lines = page.json().getJsonArray(list.getValue());
                if (lines.isEmpty()) {
                    break;
                }
                lines.forEach(all::add);
                from += lines.size();
            }
            out.add(list.getValue(), all);
        }
        return out.build();
    }
}
