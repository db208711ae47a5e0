package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.hum.partner.cms.DevelopmentPki;
import org.hum.partner.cms.Pem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Partner organisations, accounts and TAXII calls for the partner exchange's ITs. */
final class PartnerSteps {
    static final String TAXII = Api.UI + "taxii2/";

    private PartnerSteps() {
    }

    /** An organisation made by the administrator, its certificate, and a TAXII and a portal account. */
    record Org(String id, String name, String collectionId, String taxiiUser, String portalUser, String password,
               DevelopmentPki.Issued partnerKey, Path pkiHome) {
    }

    static Org org(String label, String kind) throws Exception {
        return org(label, kind, null);
    }

    static Org org(String label, String kind, String pushUrl) throws Exception {
        String name = AdministrationIT.unique(label);
        var body = Json.createObjectBuilder()
                .add("name", name).add("kind", kind).add("jurisdiction", "Somewhere on the border")
                .add("ports", Json.createArrayBuilder().add("SASABE")).add("contact", "Duty desk");
        if (pushUrl != null) {
            body.add("pushUrl", pushUrl);
        }
        Api.Reply created = Api.post(Cast.adminToken(), "admin/partners", body.build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Path home = Files.createTempDirectory("hum-partner-pki");
        DevelopmentPki pki = DevelopmentPki.open(home);
        DevelopmentPki.Issued key = pki.partner("p");
        Api.Reply cert = ReportStepsPut.put(Cast.adminToken(), "admin/partners/" + id + "/certificate",
                Json.createObjectBuilder().add("pem", Pem.certificate(key.certificate())).build().toString());
        assertEquals(200, cert.status(), cert.body());
        String password = "Partner-pass-" + Cast.suffix() + "-x9";
        String taxiiUser = (name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-taxii");
        String portalUser = (name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-p");
        for (String[] a : new String[][]{{taxiiUser, "true"}, {portalUser, "false"}}) {
            Api.Reply acc = Api.post(Cast.adminToken(), "admin/partners/" + id + "/accounts", Json.createObjectBuilder()
                    .add("username", a[0]).add("displayName", "Partner " + a[0]).add("machine", Boolean.parseBoolean(a[1]))
                    .add("password", password).build().toString());
            assertEquals(201, acc.status(), acc.body());
        }
        return new Org(id, name, created.json().getString("collectionId"), taxiiUser, portalUser, password, key, home);
    }

    static Api.Reply taxii(Org org, String path) {
        return taxii(org.taxiiUser(), org.password(), path);
    }

    static Api.Reply taxii(String user, String password, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TAXII + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/taxii+json;version=2.1");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return Api.send(b.GET());
    }

    static JsonObject json(Api.Reply r) {
        return r.json();
    }

    /** PUT with a bearer token. */
    static final class ReportStepsPut {
        static Api.Reply put(String token, String path, String json) {
            return Api.send(Api.request(token, path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }
    }
}
