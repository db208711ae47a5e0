package org.hum.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's UI session as a browser keeps it: one cookie jar for the host, whichever
 * instance's port a page comes from (a browser sends a host's cookies to each of its ports), and
 * the forms' view state as the pages gave it. Used by the two-instance stage to show a session
 * made on one instance carrying on on the other.
 */
final class UiSession {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CURRENT_USER = Pattern.compile("<span id=\"current-user\">([^<]*)</span>");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    /** A page of the UI: its final address (after redirects), status and text. */
    record Page(URI uri, int status, String body) {
        /** Who the page says is logged in, or null (the login page, an error page). */
        String currentUser() {
            Matcher m = CURRENT_USER.matcher(body);
            return m.find() ? m.group(1).strip() : null;
        }

        /** The view state of the page's forms (they share one), or null. */
        String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    /** Logs in through the login form of the UI at {@code base} ({@code http://localhost:8080/hum/}). */
    Page login(String base, String username, String password) throws IOException, InterruptedException {
        Page form = get(base, "login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:code", "");
        fields.put("login:submit", "Log in");
        fields.put("jakarta.faces.ViewState", form.viewState());
        return post(base, "login.xhtml", fields);
    }

    Page get(String base, String path) throws IOException, InterruptedException {
        return page(http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Submits the layout's log-out form of {@code from} (a page another instance may have served) to
     * {@code base}: a form post that only works where the session holding the page's view is found.
     */
    Page logout(String base, String path, Page from) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("logout", "logout");
        fields.put("logout:submit", "Log out");
        fields.put("jakarta.faces.ViewState", from.viewState());
        return post(base, path, fields);
    }

    Page post(String base, String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return page(http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Page page(HttpResponse<String> r) {
        return new Page(r.uri(), r.statusCode(), r.body());
    }
}
