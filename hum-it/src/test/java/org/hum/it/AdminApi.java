package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpRequest;
import java.util.Collection;

/** The administration API as an administrator's client calls it. */
public final class AdminApi {
    private AdminApi() {
    }

    public static Api.Reply createUser(String admin, String username, String clearance, Collection<String> roles,
                                       Collection<String> compartments, String password) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username)
                .add("displayName", "Test " + username).add("unit", "TEST-UNIT").add("clearance", clearance)
                .add("roles", array(roles)).add("compartments", array(compartments)).add("password", password);
        return Api.post(admin, "admin/users", b.build().toString());
    }

    public static Api.Reply change(String admin, String username, String json) {
        return Api.send(Api.request(admin, "admin/users/" + username).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
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

    public static Api.Reply grant(String admin, String sourceId, String username, String role) {
        return Api.post(admin, "admin/grants", Json.createObjectBuilder().add("sourceId", sourceId)
                .add("username", username).add("role", role).build().toString());
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
