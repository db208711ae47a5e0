package org.hum.dev;

import org.hum.login.control.Totp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's client of HUM's REST API: each call is made as a named demo user (logged in once,
 * with the demo password, and a second factor it enrols where one is required) and must answer
 * the expected status, otherwise the walk stops at that step ({@link Refused}). One client serves
 * the whole demo load, so that each user logs in once.
 */
final class DemoApi {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String api;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> lastSteps = new HashMap<>();
    private final Path secondFactors;

    /** {@code secondFactors}: where the keys of the demo users this client enrols are kept. */
    DemoApi(String baseUrl, String password, Path secondFactors) {
        this.api = baseUrl + "api/";
        this.password = password;
        this.secondFactors = secondFactors;
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
        HttpResponse<String> r = login(user, null);
        if (r.statusCode() == 403 && r.body().contains("second-factor-enrolment-required")) {
            r = login(user, code(user, enrol(user)));
        } else if (r.statusCode() == 401 && Files.exists(keyFile(user))) {
            // enrolled by an earlier demo load: its key is kept on the stand
            r = login(user, code(user, Totp.fromBase32(Files.readString(keyFile(user)).strip())));
        }
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new Refused("the login of " + user + " (answered " + r.statusCode() + ")");
        }
        tokens.put(user, m.group(1));
        return m.group(1);
    }

    private HttpResponse<String> login(String user, String code) throws IOException, InterruptedException {
        return post("auth/login", user, code);
    }

    /**
     * Where the second factor is required, a demo user the demo logs in as is enrolled with the
     * demo password and its key kept owner-only in {@code secondFactors} (one base32 file a user),
     * for a person to add to an authenticator app (docs/operations.md, "Second factor").
     */
    private byte[] enrol(String user) throws IOException, InterruptedException {
        HttpResponse<String> begun = post("auth/second-factor/enrolment", user, null);
        Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([A-Z2-7]+)\"").matcher(begun.body());
        if (begun.statusCode() != 200 || !secret.find()) {
            throw new Refused("the second-factor enrolment of " + user + " (answered " + begun.statusCode() + ")");
        }
        byte[] key = Totp.fromBase32(secret.group(1));
        HttpResponse<String> confirmed = post("auth/second-factor/enrolment/confirmation", user, code(user, key));
        if (confirmed.statusCode() != 200) {
            throw new Refused("the confirmation of " + user + "'s second factor (answered " + confirmed.statusCode() + ")");
        }
        Files.createDirectories(secondFactors);
        DevSecrets.ownerOnlyFolder(secondFactors);
        Path file = keyFile(user);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret.group(1) + "\n");
        return key;
    }

    /** A code of a step after the last one used for this user (each works once), waiting for it if need be. */
    private String code(String user, byte[] key) throws InterruptedException {
        long step = Math.max(Totp.step(Instant.now()), lastSteps.getOrDefault(user, -1L) + 1);
        while (step > Totp.step(Instant.now()) + 1) {
            Thread.sleep(500);
        }
        lastSteps.put(user, step);
        return Totp.code(key, step);
    }

    private Path keyFile(String user) {
        return secondFactors.resolve(user + ".key");
    }

    private HttpResponse<String> post(String path, String user, String code) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
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
