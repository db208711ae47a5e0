package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpRequest;
import java.util.Collection;

/**
 * The administration API as an administrator's client calls it. Creating an account, raising its
 * rights and granting a true identity are two-person requests (docs/domain.md, "Two-person
 * control"): {@link #createUser}, {@link #change} and {@link #grant} ask and then have the request
 * approved by a second person, and answer as the single call used to (201 with the user, 200 with
 * the user, 201 with the decided request); a refused request comes back as it was answered. The
 * {@code request...} methods only ask.
 */
public final class AdminApi {
    private AdminApi() {
    }

    public static Api.Reply requestUser(String admin, String username, String clearance, Collection<String> roles,
                                        Collection<String> compartments, String password) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username)
                .add("displayName", "Test " + username).add("unit", "TEST-UNIT").add("clearance", clearance)
                .add("roles", array(roles)).add("compartments", array(compartments)).add("password", password);
        return Api.post(admin, "admin/users", b.build().toString());
    }

    /** Asks for the account and has the stand's other administrator approve it: 201 with the user. */
    public static Api.Reply createUser(String admin, String username, String clearance, Collection<String> roles,
                                       Collection<String> compartments, String password) {
        Api.Reply asked = requestUser(admin, username, clearance, roles, compartments, password);
        return approvedAccount(asked, username, 201);
    }

    public static Api.Reply requestChange(String admin, String username, String json) {
        return Api.send(Api.request(admin, "admin/users/" + username).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Changes the user; a change that raises their rights is approved by the other administrator: 200 with the user. */
    public static Api.Reply change(String admin, String username, String json) {
        return approvedAccount(requestChange(admin, username, json), username, 200);
    }

    /**
     * The administrator who approves {@code requester}'s account requests: the stand's first
     * administrator approves everyone else's, the second the first's.
     */
    public static String approverFor(String requester) {
        return Api.token(Stand.ADMIN2.equals(requester) ? Stand.ADMIN : Stand.ADMIN2);
    }

    private static Api.Reply approvedAccount(Api.Reply asked, String username, int status) {
        if (asked.status() != 202) {
            return asked;
        }
        String approver = approverFor(asked.json().getString("requestedBy"));
        Api.Reply approved = Api.post(approver, "admin/requests/" + asked.json().getString("id") + "/approval", "");
        if (approved.status() != 200) {
            return approved;
        }
        return new Api.Reply(status, Api.get(approver, "admin/users/" + username).body(), approved.raw());
    }

    public static Api.Reply changeCompartments(String admin, String username, Collection<String> compartments) {
        return change(admin, username, Json.createObjectBuilder().add("compartments", array(compartments)).build().toString());
    }

    public static Api.Reply changeRoles(String admin, String username, Collection<String> roles) {
        return change(admin, username, Json.createObjectBuilder().add("roles", array(roles)).build().toString());
    }

    public static Api.Reply createCompartment(String admin, String code, String name) {
        return Api.post(admin, "admin/compartments", Json.createObjectBuilder().add("code", code).add("name", name)
                .build().toString());
    }

    public static Api.Reply requestGrant(String admin, String sourceId, String username, String role) {
        return Api.post(admin, "admin/grants", Json.createObjectBuilder().add("sourceId", sourceId)
                .add("username", username).add("role", role).build().toString());
    }

    /** Asks for the grant and has the cast's controller approve it: 201 with the decided request. */
    public static Api.Reply grant(String admin, String sourceId, String username, String role) {
        return grant(admin, Api.token(Cast.controller1()), sourceId, username, role);
    }

    /** As {@link #grant(String, String, String, String)}, approved by {@code approver} (a token). */
    public static Api.Reply grant(String admin, String approver, String sourceId, String username, String role) {
        Api.Reply asked = requestGrant(admin, sourceId, username, role);
        if (asked.status() != 202) {
            return asked;
        }
        Api.Reply approved = approveSourceRequest(approver, asked.json().getString("id"));
        return approved.status() == 200 ? new Api.Reply(201, approved.body(), approved.raw()) : approved;
    }

    /** Approves a true-identity grant or an assignment as a controller or authorising officer (a token). */
    public static Api.Reply approveSourceRequest(String approver, String requestId) {
        return Api.post(approver, "sources/requests/" + requestId + "/approval", "");
    }

    /**
     * Asks for an assignment as {@code controller} and has {@code approver} approve it (tokens):
     * 201 with the decided request, or the first answer that was not a success.
     */
    public static Api.Reply assign(String controller, String approver, String sourceId, String json) {
        Api.Reply asked = Api.post(controller, "sources/" + sourceId + "/assignments", json);
        if (asked.status() != 202) {
            return asked;
        }
        Api.Reply approved = approveSourceRequest(approver, asked.json().getString("id"));
        return approved.status() == 200 ? new Api.Reply(201, approved.body(), approved.raw()) : approved;
    }

    public static Api.Reply revoke(String admin, String sourceId, String username) {
        return Api.send(Api.request(admin, "admin/grants/" + sourceId + "/" + username).DELETE());
    }

    /** A registration with a classification; null fields are left out. */
    public static String registration(String codeName, String compartment, String classification, String trueName,
                                      String dateOfBirth, String phone) {
        JsonObjectBuilder b = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                Api.registration(codeName, compartment, trueName, dateOfBirth, phone))).readObject());
        if (classification != null) {
            b.add("classification", classification);
        }
        return b.build().toString();
    }

    public static JsonArrayBuilder array(Collection<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
