package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.hum.it.Cast.controller1;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deconfliction checks as the classes outside DeconflictionIT make them (docs/domain.md,
 * "Deconfliction (step 2)"): for the officer's own open prospect, purpose PROSPECT; what matched is
 * read where it is shown, in controller1's referral of the check.
 */
final class DeconflictionSteps {
    private static final Map<String, String> PROSPECTS = new ConcurrentHashMap<>();

    private DeconflictionSteps() {
    }

    /** A check by {@code officer} (a username) of the identifiers in {@code json}, for their prospect in {@code compartment}. */
    static Api.Reply check(String officer, String compartment, String json) {
        String prospect = PROSPECTS.computeIfAbsent(officer + "/" + compartment, k -> {
            Api.Reply r = Api.post(Api.token(officer), "prospects", "{\"workingName\":\"Brother of the driver\",\"compartment\":\""
                    + compartment + "\"}");
            assertEquals(201, r.status(), r.body());
            return r.json().getString("id");
        });
        JsonObject ids = Json.createReader(new StringReader(json)).readObject();
        return Api.post(Api.token(officer), "deconfliction/checks", Json.createObjectBuilder(ids).add("purpose", "PROSPECT")
                .add("prospectId", prospect).build().toString());
    }

    /** Whether controller1's referral of the check lists a matched file. */
    static boolean matched(Api.Reply check) {
        assertEquals(202, check.status(), check.body());
        String id = check.json().getString("checkId");
        Api.Reply r = Api.get(Api.token(controller1()), "deconfliction/referrals");
        assertEquals(200, r.status(), r.body());
        return Json.createReader(new StringReader(r.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("controller1 was not notified of " + id))
                .getJsonArray("files").getValuesAs(JsonObject.class).stream().anyMatch(f -> f.getString("role").equals("MATCHED"));
    }
}
