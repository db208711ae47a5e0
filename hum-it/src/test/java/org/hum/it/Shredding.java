package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Destroying a file as the product asks it (docs/domain.md, "Retention and destruction (step 9)"):
 * two people. The cast's controller requests it with the reason; its authorising officer, a senior
 * approver (top clearance), approves with an override reason, since a test file's retention period
 * has not begun. Needs {@link Cast} on the test class, and files the cast's controller and
 * authorising officer see.
 */
public final class Shredding {
    public static final String OVERRIDE = "Test stand: the file is shredded before its retention period ends";

    private Shredding() {
    }

    /** The request, as the cast's controller: 202 with a pending request, or the problem. */
    public static Api.Reply request(String sourceId, String reason) {
        return Api.post(Api.token(Cast.controller1()), "oversight/destructions", Json.createObjectBuilder()
                .add("sourceId", sourceId).add("reason", reason).build().toString());
    }

    /** Requests and approves; the approval's answer, whose {@code destruction} says what was erased. */
    public static Api.Reply destroy(String sourceId, String reason) {
        Api.Reply asked = request(sourceId, reason);
        assertEquals(202, asked.status(), asked.body());
        return Api.post(Api.token(Cast.authoriser1()), "oversight/destructions/" + asked.json().getString("id") + "/approval",
                Json.createObjectBuilder().add("overrideReason", OVERRIDE).build().toString());
    }

    /** As {@link #destroy}, asserting it succeeded; what was erased and retired. */
    public static JsonObject shred(String sourceId, String reason) {
        Api.Reply approved = destroy(sourceId, reason);
        assertEquals(200, approved.status(), approved.body());
        return approved.json().getJsonObject("destruction");
    }
}
