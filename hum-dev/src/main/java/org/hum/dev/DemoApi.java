package org.hum.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's client of HUM's REST API: each call is made as a named demo user (logged in once,
 * with the demo password) and must answer the expected status, otherwise the walk stops at
 * that step ({@link Refused}).
 */
final class DemoApi {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String api;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    DemoApi(String baseUrl, String password) {
        this.api = baseUrl + "api/";
        this.password = password;
    }

    String call(String user, String method, String path, String json, int expected, String step)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new Refused(step + " (answered " + response.statusCode() + ")");
        }
        return response.body();
    }

    private String token(String user) throws IOException, InterruptedException {
        String known = tokens.get(user);
        if (known != null) {
            return known;
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new Refused("the login of " + user + " (answered " + r.statusCode() + ")");
        }
        tokens.put(user, m.group(1));
        return m.group(1);
    }

    /** The first id in an answer. */
    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new Refused("reading an id from an answer");
        }
        return m.group(1);
    }

    /** A step the server refused: the walk stops there. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String step) {
            super(step);
        }
    }
}
