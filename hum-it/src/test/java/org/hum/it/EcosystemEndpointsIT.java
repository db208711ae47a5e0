package org.hum.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's own endpoints beside HUM's (docs/api.md, docs/operations.md): the OpenAPI
 * document lists every REST operation of the deployed WAR with its problem answers; readiness
 * and liveness answer UP with HUM's checks; the request metrics carry no id, code name or user
 * name of what this test made.
 */
@ExtendWith(ArquillianExtension.class)
class EcosystemEndpointsIT {
    private static final String ROOT = "http://localhost:" + (8080 + Stand.portOffset()) + "/";
    private static final String PASSWORD = "Ecosystem-pass-7731";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOpenApiDocumentListsEveryRestOperationWithItsProblemAnswers() throws Exception {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(ROOT + "openapi"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)));
        assertEquals(200, reply.status(), reply.body());
        // kept for a reader of the run: the document as the server served it
        Files.writeString(new File(System.getProperty("java.io.tmpdir"), "openapi.json").toPath(), reply.body());
        JsonObject doc = reply.json();
        assertTrue(doc.getJsonObject("info").getString("title").startsWith("HUM"), doc.getJsonObject("info").toString());
        assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));

        Set<String> documented = new TreeSet<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (String path : paths.keySet()) {
            int api = path.indexOf("/api/");
            String local = template(api < 0 ? path : path.substring(api));
            for (var op : paths.getJsonObject(path).entrySet()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").contains(method)) {
                    continue;
                }
                documented.add(method + " " + local);
                JsonObject responses = op.getValue().asJsonObject().getJsonObject("responses");
                String call = method + " " + local;
                assertTrue(responses != null && responses.values().stream().anyMatch(EcosystemEndpointsIT::isProblem),
                        call + " lists no problem answer: " + responses);
                boolean open = Set.of("POST /api/auth/login", "POST /api/auth/second-factor/enrolment",
                        "POST /api/auth/second-factor/enrolment/confirmation", "GET /api/health").contains(call);
                if (!open) {
                    assertTrue(isProblem(responses.get("401")) && isProblem(responses.get("403")), call + ": " + responses.keySet());
                }
                if (local.contains("{")) {
                    assertTrue(isProblem(responses.get("404")), call + " takes an id and lists no 404: " + responses.keySet());
                }
            }
        }
        Set<String> declared = restOperations();
        assertTrue(declared.size() > 60, "found only " + declared.size() + " operations in the WAR: " + declared);
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "operations of the WAR missing from /openapi: " + missing);
    }

    @Test
    void readinessAndLivenessAnswerUpWithHumsChecks() {
        Api.Reply ready = Api.send(HttpRequest.newBuilder(URI.create(ROOT + "health/ready")).timeout(Duration.ofSeconds(30)));
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(Set.of("hum-database", "hum-keys"), checks(ready.json(), "UP"), ready.body());

        Api.Reply live = Api.send(HttpRequest.newBuilder(URI.create(ROOT + "health/live")).timeout(Duration.ofSeconds(30)));
        assertEquals(200, live.status(), live.body());
        assertTrue(checks(live.json(), "UP").contains("hum-threads"), live.body());
        assertEquals(200, Api.get(null, "health").status(), "the application's own health answers beside them");
    }

    @Test
    void requestMetricsCarryNoIdCodeNameOrUserName() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String letters = suffix.replaceAll("[0-9]", "Q");
        String compartment = "ECO-" + letters;
        String username = "ecometrics" + suffix.toLowerCase(Locale.ROOT);
        String codeName = "ECHOMETRIC" + letters;
        String admin = Cast.adminToken();
        assertEquals(201, AdminApi.createCompartment(admin, compartment, "Ecosystem " + letters).status());
        Api.Reply user = AdminApi.createUser(admin, username, "SECRET", List.of("CASE_OFFICER"), List.of(compartment), PASSWORD);
        assertEquals(201, user.status(), user.body());
        String token = Api.token(username, PASSWORD);
        Api.Reply created = Api.post(token, "sources",
                Api.registration(codeName, compartment, "Wilhelmina Ecometric", "1981-03-04", "+52 664 555 0177"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String number = created.json().getString("sourceNumber");
        assertEquals(200, Api.get(token, "sources/" + id).status());
        assertEquals(200, Api.get(token, "sources/" + id + "/standing").status());
        String unknown = UUID.randomUUID().toString();
        assertEquals(404, Api.get(token, "sources/" + unknown).status());
        assertEquals(404, Api.get(token, "nowhere/" + codeName + "/" + unknown).status());
        // a method no client should send, named after the test's code name: counted, but as OTHER
        String oddMethod = "X" + letters;
        assertEquals(405, Api.send(Api.request(null, "health").method(oddMethod, HttpRequest.BodyPublishers.noBody()))
                .status());

        Api.Reply metrics = Api.send(HttpRequest.newBuilder(URI.create(ROOT + "metrics"))
                .header("Accept", "text/plain").timeout(Duration.ofSeconds(30)));
        assertEquals(200, metrics.status(), metrics.body());
        List<String> lines = metrics.body().lines().toList();
        lines.stream().filter(l -> l.startsWith("hum_api_requests") && l.contains("/sources/{id}")).forEach(System.out::println);
        assertTrue(lines.stream().anyMatch(l -> l.contains("hum_api_requests") && l.contains("route=\"/sources/{id}\"")
                && l.contains("status=\"404\"")), "no request metric of GET /sources/{id}: "
                + lines.stream().filter(l -> l.contains("hum_api")).limit(20).toList());
        assertTrue(lines.stream().anyMatch(l -> l.contains("hum_api_requests") && l.contains("route=\"unmatched\"")),
                "a call that matched no resource is counted as unmatched");
        assertTrue(lines.stream().anyMatch(l -> l.contains("hum_api_requests") && l.contains("method=\"OTHER\"")),
                "a method other than HTTP's own is counted as OTHER");
        for (String secret : List.of(id, unknown, number, codeName, username, compartment, "Wilhelmina", "Ecometric", oddMethod)) {
            for (String line : lines) {
                assertFalse(line.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
                        "a metric carries what the test made: " + line);
            }
        }
    }

    private static boolean isProblem(JsonValue response) {
        return response instanceof JsonObject r && r.containsKey("content")
                && r.getJsonObject("content").containsKey("application/problem+json");
    }

    private static Set<String> checks(JsonObject health, String status) {
        Set<String> names = new TreeSet<>();
        for (JsonValue c : health.getJsonArray("checks")) {
            if (status.equals(c.asJsonObject().getString("status"))) {
                names.add(c.asJsonObject().getString("name"));
            }
        }
        return names;
    }

    /**
     * Every {@code METHOD /api/path} the WAR inside the real EAR declares, found by reflection over
     * its classes: each class with {@code @Path}, each public method with an HTTP method annotation.
     */
    private static Set<String> restOperations() throws Exception {
        File dir = Files.createTempDirectory(new File(System.getProperty("java.io.tmpdir")).toPath(), "war-classes").toFile();
        List<String> classes = new ArrayList<>();
        try (ZipFile ear = new ZipFile(new File(System.getProperty("hum.ear", "../hum-ear/target/hum.ear")));
             InputStream warIn = ear.getInputStream(ear.getEntry("hum-web.war"));
             ZipInputStream war = new ZipInputStream(warIn)) {
            for (ZipEntry e; (e = war.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                    File out = new File(dir, name.substring("WEB-INF/classes/".length()));
                    out.getParentFile().mkdirs();
                    Files.copy(war, out.toPath(), StandardCopyOption.REPLACE_EXISTING);
                    classes.add(name.substring("WEB-INF/classes/".length(), name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        Set<String> operations = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toURI().toURL()}, EcosystemEndpointsIT.class.getClassLoader())) {
            for (String name : classes) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (LinkageError | ClassNotFoundException e) {
                    continue; // a class needing what the test has not (Faces beans): not a resource
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String http = httpMethod(m);
                    if (http != null) {
                        Path sub = m.getAnnotation(Path.class);
                        operations.add(http + " /api" + join(root.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String p = ("/" + root + "/" + sub).replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return template(p);
    }

    /** A path template with each variable's pattern dropped: {@code {step: issue|start}} is {@code {step}}. */
    private static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
