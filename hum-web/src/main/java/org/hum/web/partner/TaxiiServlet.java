package org.hum.web.partner;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.error.HumException;
import org.hum.api.partner.CollectionView;
import org.hum.api.partner.StixObjectVersion;
import org.hum.api.partner.StixPage;
import org.hum.api.partner.TaxiiQuery;
import org.hum.partner.boundary.PartnerExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TAXII 2.1 for partners' machines (docs/api.md, "TAXII 2.1"): discovery at {@code /taxii2/}, one
 * API root at {@code /taxii2/api/}, one read-only collection per partner organisation, its objects,
 * manifest and versions. Every answer is {@code application/taxii+json;version=2.1}; every error a
 * TAXII error message. A collection that is not the caller's answers as a missing one does (404).
 */
@WebServlet(urlPatterns = "/taxii2/*")
public class TaxiiServlet extends HttpServlet {
    public static final String TAXII = "application/taxii+json;version=2.1";
    public static final String STIX = "application/stix+json;version=2.1";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TaxiiServlet.class.getName());
    private static final Pattern COLLECTION = Pattern.compile("/api/collections/([^/]+)/(objects/|manifest/|objects/([^/]+)/|objects/([^/]+)/versions/)?");
    private static final Pattern UUID_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern STIX_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]");
    /** Date-added values carry microseconds: many objects are added within one millisecond. */
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Inject
    PartnerExchange exchange;

    @Inject
    TaxiiRateLimit limit;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            if (!acceptable(req.getHeader("Accept"))) {
                error(resp, 406, "Not acceptable", "This server answers only with " + TAXII + ": send that in Accept.");
                return;
            }
            if (!limit.allow(req.getRemoteUser())) {
                resp.reset();
                resp.setHeader("Retry-After", "1");
                write(resp, 429, g -> g.writeStartObject().write("title", "Too many requests")
                        .write("description", "This account sends requests faster than the server allows: wait a second "
                                + "and page on.").write("http_status", "429").writeEnd());
                return;
            }
            if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
                error(resp, 405, "Method not allowed", "This TAXII server is read-only for partners: use GET.");
                return;
            }
            route(req, resp);
        } catch (HumException e) {
            int status = e.code().status();
            error(resp, status, e.code().title(), e.getMessage());
        } catch (EJBAccessException e) {
            error(resp, 403, "Forbidden", "Only partner accounts read TAXII collections.");
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HumException h) {
                error(resp, h.code().status(), h.code().title(), h.getMessage());
                return;
            }
            if (cause instanceof EJBAccessException) {
                error(resp, 403, "Forbidden", "Only partner accounts read TAXII collections.");
                return;
            }
            LOG.log(Level.SEVERE, "TAXII request failed: " + e.getClass().getName());
            error(resp, 500, "Internal error", "Something went wrong on our side; try again later.");
        }
    }

    private void route(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        if (path.equals("/")) {
            discovery(req, resp);
            return;
        }
        if (path.equals("/api/")) {
            write(resp, 200, g -> g.writeStartObject().write("title", "HUM sanitized reports")
                    .write("description", "Reports released to your organisation, as STIX 2.1.")
                    .writeStartArray("versions").write(TAXII).writeEnd()
                    .write("max_content_length", 0).writeEnd());
            return;
        }
        if (path.equals("/api/collections/")) {
            List<CollectionView> cs = exchange.collections();
            write(resp, 200, g -> {
                g.writeStartObject().writeStartArray("collections");
                cs.forEach(c -> collection(g, c));
                g.writeEnd().writeEnd();
            });
            return;
        }
        Matcher m = COLLECTION.matcher(path);
        if (!m.matches()) {
            error(resp, 404, "Not found", "No such TAXII endpoint: start from /hum/taxii2/.");
            return;
        }
        String collectionId = m.group(1);
        if (!UUID_ID.matcher(collectionId).matches()) {
            error(resp, 404, "Not found", "No such collection.");
            return;
        }
        String tail = m.group(2);
        if (tail == null) {
            Optional<CollectionView> c = exchange.collection(collectionId);
            if (c.isEmpty()) {
                error(resp, 404, "Not found", "No such collection.");
                return;
            }
            write(resp, 200, g -> collection(g, c.get()));
            return;
        }
        if (tail.equals("objects/") || tail.equals("manifest/")) {
            TaxiiQuery q = query(req, null);
            Optional<StixPage> page = exchange.objects(collectionId, q);
            if (page.isEmpty()) {
                error(resp, 404, "Not found", "No such collection.");
                return;
            }
            envelope(resp, page.get(), tail.equals("manifest/"));
            return;
        }
        String objectId = m.group(3) != null ? m.group(3) : m.group(4);
        if (!STIX_ID.matcher(objectId).matches()) {
            // the id is not quoted back: a refusal never echoes what was sent
            error(resp, 400, "Bad request", "The object id in the path is not a STIX identifier (type--UUID, such as "
                    + "report--0d5bd5c4-2b4a-4a5e-9c1e-7f3a8b6d2e10): take it from the collection's objects or manifest.");
            return;
        }
        if (m.group(3) != null) {
            TaxiiQuery q = query(req, objectId);
            Optional<StixPage> page = exchange.objects(collectionId, q);
            if (page.isEmpty() || page.get().objects().isEmpty() && !exists(collectionId, objectId)) {
                error(resp, 404, "Not found", "No such object in this collection.");
                return;
            }
            envelope(resp, page.get(), false);
            return;
        }
        TaxiiQuery q = query(req, objectId);
        Optional<StixPage> versions = exchange.versionsPage(collectionId, objectId, q);
        if (versions.isEmpty()) {
            error(resp, 404, "Not found", "No such object in this collection.");
            return;
        }
        StixPage page = versions.get();
        dateHeaders(resp, page.objects());
        write(resp, 200, g -> {
            g.writeStartObject().write("more", page.more());
            if (page.more()) { // paged as the objects are: the next page starts after the last version shown
                g.write("next", page.next());
            }
            if (!page.objects().isEmpty()) {
                g.writeStartArray("versions");
                page.objects().forEach(v -> g.write(STIX_TIME.format(v.version())));
                g.writeEnd();
            }
            g.writeEnd();
        });
    }

    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private boolean exists(String collectionId, String objectId) {
        return exchange.versions(collectionId, objectId).map(v -> !v.isEmpty()).orElse(false);
    }

    private void discovery(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getContextPath() + "/taxii2/api/";
        write(resp, 200, g -> g.writeStartObject().write("title", "HUM partner exchange")
                .write("description", "Sanitized reports released to partner organisations, over TAXII 2.1.")
                .write("contact", "Your HUM liaison")
                .write("default", root)
                .writeStartArray("api_roots").write(root).writeEnd().writeEnd());
    }

    private static void collection(JsonGenerator g, CollectionView c) {
        g.writeStartObject().write("id", c.id()).write("title", c.title()).write("description", c.description())
                .write("can_read", true).write("can_write", false)
                .writeStartArray("media_types").write(STIX).writeEnd().writeEnd();
    }

    private void envelope(HttpServletResponse resp, StixPage page, boolean manifest) throws IOException {
        dateHeaders(resp, page.objects());
        write(resp, 200, g -> {
            g.writeStartObject().write("more", page.more());
            if (page.more() && page.next() != null) {
                g.write("next", page.next());
            }
            if (!page.objects().isEmpty()) {
                g.writeStartArray("objects");
                for (StixObjectVersion o : page.objects()) {
                    if (manifest) {
                        g.writeStartObject().write("id", o.id()).write("date_added", MICROS.format(o.dateAdded()))
                                .write("version", STIX_TIME.format(o.version())).write("media_type", STIX).writeEnd();
                    } else {
                        g.write(Json.createReader(new java.io.StringReader(o.json())).readObject());
                    }
                }
                g.writeEnd();
            }
            g.writeEnd();
        });
    }

    private static void dateHeaders(HttpServletResponse resp, List<StixObjectVersion> objects) {
        if (!objects.isEmpty()) {
            resp.setHeader("X-TAXII-Date-Added-First", MICROS.format(objects.get(0).dateAdded()));
            resp.setHeader("X-TAXII-Date-Added-Last", MICROS.format(objects.get(objects.size() - 1).dateAdded()));
        }
    }

    /** The filters; malformed ones are a 400 that names the parameter. */
    static TaxiiQuery query(HttpServletRequest req, String objectId) {
        Instant addedAfter = null;
        String aa = req.getParameter("added_after");
        if (aa != null) {
            addedAfter = timestamp(aa.strip(), "added_after", "must be a timestamp such as 2026-12-04T10:00:00.000Z");
        }
        int limit = PartnerExchange.TAXII_MAX;
        String l = req.getParameter("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1) {
                throw HumException.invalid("limit", "must be a positive whole number");
            }
        }
        String next = req.getParameter("next");
        if (next != null && (next.isBlank() || next.length() > 200)) {
            throw HumException.invalid("next", "is not a token this server gave");
        }
        Set<String> types = list(req, "match[type]", TYPE, "a STIX type such as report");
        Set<String> ids = objectId != null ? Set.of(objectId) : list(req, "match[id]", STIX_ID, "a STIX identifier (type--UUID)");
        List<String> versions = new ArrayList<>();
        String v = req.getParameter("match[version]");
        if (v != null) {
            for (String one : v.split(",")) {
                String s = one.strip();
                if (!s.equals("last") && !s.equals("first") && !s.equals("all")) {
                    s = STIX_TIME.format(timestamp(s, "match[version]", "must be last, first, all or timestamps, comma-separated"));
                }
                versions.add(s);
            }
        }
        String spec = req.getParameter("match[spec_version]");
        if (spec != null && !List.of(spec.split(",")).stream().map(String::strip).toList().contains("2.1")) {
            types = Set.of("(none: this server holds STIX 2.1 only)");
        }
        return new TaxiiQuery(addedAfter, limit, next, types, ids, versions);
    }

    /**
     * A timestamp in a filter, between 1970 and 9999 (what STIX writes and the database holds): a
     * year such as +1000000000 parses as an instant, and would reach the database as a time it cannot hold.
     */
    private static Instant timestamp(String s, String name, String what) {
        try {
            Instant t = Instant.parse(s);
            if (t.isBefore(Instant.EPOCH) || t.isAfter(LAST_TIMESTAMP)) {
                throw HumException.invalid(name, "must lie between 1970 and 9999");
            }
            return t;
        } catch (DateTimeParseException e) {
            throw HumException.invalid(name, what);
        }
    }

    private static final Instant LAST_TIMESTAMP = Instant.parse("9999-12-31T23:59:59.999Z");

    private static Set<String> list(HttpServletRequest req, String name, Pattern each, String what) {
        String raw = req.getParameter(name);
        if (raw == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String one : raw.split(",")) {
            String s = one.strip();
            if (!each.matcher(s).matches()) {
                throw HumException.invalid(name, "must be " + what + ", comma-separated");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Whether the {@code Accept} header asks for what this server answers (docs/api.md, "TAXII 2.1"):
     * one of its comma-separated media ranges is {@code application/taxii+json;version=2.1} or
     * {@code application/taxii+json} (TAXII 2.1's "latest version the server supports"), type and
     * parameter names in any case, with no other parameter than a {@code q} above 0. Any other
     * version (2.0), another type or a wildcard is 406; a range is read as a whole, never searched
     * for the type's name. No header at all is taken as the TAXII type (RFC 9110: any type).
     */
    static boolean acceptable(String accept) {
        if (accept == null) {
            return true;
        }
        if (accept.length() > 1000) {
            return false;
        }
        for (String range : accept.split(",", 50)) {
            if (taxii21(range)) {
                return true;
            }
        }
        return false;
    }

    private static boolean taxii21(String range) {
        String[] parts = range.split(";", 10);
        if (!parts[0].strip().equalsIgnoreCase("application/taxii+json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq < 1) {
                return false;
            }
            String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).strip();
            if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (name.equals("version")) {
                if (!value.equals("2.1")) {
                    return false;
                }
            } else if (name.equals("q")) {
                if (!value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)") || Double.parseDouble(value) <= 0) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private interface Body {
        void write(JsonGenerator g);
    }

    private static void write(HttpServletResponse resp, int status, Body body) throws IOException {
        resp.setStatus(status);
        // exactly the TAXII media type: JSON is UTF-8 by definition, and a charset parameter would
        // make the type differ from what strict clients compare against
        resp.setContentType(TAXII);
        resp.setHeader("Cache-Control", "no-store");
        try (JsonGenerator g = Json.createGenerator(new java.io.OutputStreamWriter(resp.getOutputStream(),
                StandardCharsets.UTF_8))) {
            body.write(g);
        }
    }

    static void error(HttpServletResponse resp, int status, String title, String description) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        write(resp, status, g -> g.writeStartObject().write("title", title).write("description", description)
                .write("http_status", String.valueOf(status)).writeEnd());
    }
}
