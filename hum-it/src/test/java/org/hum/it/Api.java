package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small client for HUM's REST API, as an outside caller uses it: HTTP and JSON only. */
public final class Api {
    public static final String UI = "http://localhost:" + (8080 + Stand.portOffset()) + "/hum/";
    public static final String BASE = UI + "api/";
    /** The same application over HTTPS, with the stand's development certificate. */
    public static final String HTTPS_UI = "https://localhost:" + (8181 + Stand.portOffset()) + "/hum/";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** An answer: status, raw body, and the body as JSON where it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public static String token(String username) {
        return token(username, Cast.password());
    }

    /**
     * A bearer token of the user, from a login the first time and from the cache after: a login
     * is an Argon2id verification on the server (tens of milliseconds), and the suite asks for a
     * token about 1,400 times. Tests of login itself call {@link #login} and get a fresh token. A
     * cached token that the server refuses with 401, or that is given back by a logout through
     * this client, is dropped, so the next call logs in again.
     */
    public static String token(String username, String password) {
        String key = BASE + "\u0000" + username + "\u0000" + password;
        String cached = TOKENS.get(key);
        if (cached != null) {
            return cached;
        }
        Reply r = login(username, password);
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        String token = r.json().getString("token");
        TOKENS.put(key, token);
        return token;
    }

    /** Forgets every cached token of the user (after a change that ends their tokens). */
    public static void forget(String username) {
        TOKENS.keySet().removeIf(k -> k.startsWith(BASE + "\u0000" + username + "\u0000"));
    }

    public static Reply login(String username, String password) {
        return post(null, "auth/login", Json.createObjectBuilder().add("username", username).add("password", password)
                .build().toString());
    }

    /**
     * A login sent from another loopback address ({@code 127.0.0.x}, over a socket bound to it). A
     * class that fails logins on purpose sends them from an address of its own, so that they do not
     * use up the failures the address throttle allows the rest of the suite from 127.0.0.1
     * (docs/architecture.md, "Identity"). The reply has no headers.
     */
    public static Reply loginFrom(String localAddress, String username, String password) {
        String json = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 8080 + Stand.portOffset()), 5000);
            socket.setSoTimeout(30_000);
            String head = "POST /hum/api/auth/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String headers = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
            String rest = answer.substring(split + 4);
            if (headers.contains("transfer-encoding: chunked")) {
                StringBuilder out = new StringBuilder();
                int at = 0;
                while (true) {
                    int eol = rest.indexOf("\r\n", at);
                    int size = Integer.parseInt(rest.substring(at, eol).split(";")[0].strip(), 16);
                    if (size == 0) {
                        break;
                    }
                    out.append(rest, eol + 2, eol + 2 + size);
                    at = eol + 2 + size + 2;
                }
                rest = out.toString();
            }
            return new Reply(Integer.parseInt(answer.substring(9, 12)), rest, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply get(String token, String path) {
        return send(request(token, path).GET());
    }

    public static Reply post(String token, String path, String json) {
        return send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> r = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401 || built.uri().getPath().endsWith("/auth/logout")) {
                built.headers().firstValue("Authorization").filter(h -> h.startsWith("Bearer "))
                        .map(h -> h.substring("Bearer ".length())).ifPresent(t -> TOKENS.values().removeIf(t::equals));
            }
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as bytes (a binary download). */
    public static byte[] sendBytes(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("expected 200, got " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** A registration body; fields given as null are left out. */
    public static String registration(String codeName, String compartment, String trueName, String dateOfBirth,
                                      String phone) {
        var b = Json.createObjectBuilder();
        add(b, "codeName", codeName);
        add(b, "compartment", compartment);
        add(b, "trueName", trueName);
        add(b, "dateOfBirth", dateOfBirth);
        add(b, "phoneNumber", phone);
        return b.build().toString();
    }

    private static void add(jakarta.json.JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    public static boolean isNull(JsonObject o, String name) {
        return !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL;
    }
}
